import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Builds the real knowledge base from a clean content cache into `outDir`. */
function cleanBuild(outDir: string): void {
	rmSync('node_modules/.astro/fixtures/content', { recursive: true, force: true });
	rmSync(outDir, { recursive: true, force: true });
	const result = spawnSync('node', ['scripts/build.mjs'], {
		env: { ...process.env, KB_CONTENT_DIR: 'content', KB_OUT_DIR: outDir, BASE_PATH: '/', FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	expect(result.status, result.stdout + result.stderr).toBe(0);
}

function snapshot(dir: string): Map<string, Buffer> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name))]));
}

test('two clean builds of the same content are byte-identical, search index included', { timeout: 600_000 }, () => {
	cleanBuild('tests/fixtures/.tmp/repro-a');
	cleanBuild('tests/fixtures/.tmp/repro-b');
	const [a, b] = [snapshot('tests/fixtures/.tmp/repro-a'), snapshot('tests/fixtures/.tmp/repro-b')];
	expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
	expect([...a.keys()].some((file) => file.includes('pagefind/filter/'))).toBe(true);
	const different = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
	expect(different).toEqual([]);
});
