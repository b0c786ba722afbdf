import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const BASE = 'tests/fixtures/base';
const WORK = 'tests/fixtures/.tmp';

interface BuildResult {
	status: number | null;
	output: string;
	outDir: string;
}

/** Copies the base fixture, applies `edit` to it, and runs the real build on it. */
async function buildFixture(name: string, edit: (dir: string) => void): Promise<BuildResult> {
	const dir = join(WORK, name);
	const outDir = join(WORK, `${name}-dist`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	cpSync(BASE, dir, { recursive: true });
	edit(dir);
	const child = spawn('node', ['scripts/build.mjs'], {
		env: { ...process.env, KB_CONTENT_DIR: dir, KB_OUT_DIR: outDir, BASE_PATH: '/', FORCE_COLOR: '0' },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	return { status, output, outDir };
}

function replaceIn(file: string, from: string | RegExp, to: string): void {
	const text = readFileSync(file, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`Fixture edit found nothing to replace in ${file}`);
	writeFileSync(file, next);
}

const first = (dir: string) => join(dir, 'articles/first.mdx');

const badCases: Array<{ name: string; edit: (dir: string) => void; expected: string[] }> = [
	{
		name: 'missing-title',
		edit: (dir) => replaceIn(first(dir), /^title: .*\n/m, ''),
		expected: ['articles/first.mdx', 'title'],
	},
	{
		name: 'bad-enum',
		edit: (dir) => replaceIn(first(dir), 'topic: structures', 'topic: structure'),
		expected: ['articles/first.mdx', 'topic'],
	},
	{
		name: 'bad-date',
		edit: (dir) => replaceIn(first(dir), 'updated: 2026-01-15', 'updated: "15th of Jan"'),
		expected: ['articles/first.mdx', 'updated'],
	},
	{
		name: 'unknown-reference',
		edit: (dir) => replaceIn(first(dir), 'related: [second]', 'related: [second, no-such-article]'),
		expected: ['articles/first.mdx', 'related[1]', 'no-such-article'],
	},
	{
		name: 'broken-link',
		edit: (dir) => replaceIn(first(dir), '(/roles/fixture-role/)', '(/roles/missing-role/)'),
		expected: ['articles/first.mdx', '/roles/missing-role/', 'no page'],
	},
	{
		name: 'broken-anchor',
		edit: (dir) => replaceIn(first(dir), '#a-heading', '#no-such-heading'),
		expected: ['articles/first.mdx', '#no-such-heading', 'no heading'],
	},
	{
		name: 'duplicate-url',
		edit: (dir) => cpSync(first(dir), join(dir, 'articles/First.mdx')),
		expected: ['articles/First.mdx', 'articles/first.mdx', '/articles/first/'],
	},
	{
		name: 'invalid-mdx',
		edit: (dir) => replaceIn(join(dir, 'articles/second.mdx'), 'More text.', 'More <b>unclosed text.'),
		expected: ['second.mdx'],
	},
	{
		name: 'unknown-see-also',
		edit: (dir) => replaceIn(join(dir, 'glossary.yaml'), 'see_also: [sro]', 'see_also: [sro, raid]'),
		expected: ['glossary.yaml', 'pmo', 'see_also[1]', 'raid'],
	},
	{
		name: 'empty-body',
		edit: (dir) => writeFileSync(join(dir, 'articles/second.mdx'), readFileSync(join(dir, 'articles/second.mdx'), 'utf8').replace(/---\n\n[\s\S]*$/, '---\n')),
		expected: ['articles/second.mdx', 'no body'],
	},
	{
		name: 'role-invalid-level',
		edit: (dir) => replaceIn(join(dir, 'roles/fixture-role.mdx'), 'level: 2', 'level: 5'),
		expected: ['roles/fixture-role.mdx', 'level'],
	},
	{
		name: 'non-utf8',
		edit: (dir) => {
			const file = first(dir);
			writeFileSync(file, Buffer.from(readFileSync(file, 'utf8').replace('An introduction', 'An introducti\u00f3n'), 'latin1'));
		},
		expected: ['articles/first.mdx', 'UTF-8'],
	},
];

describe('content integrity', () => {
	test('the base fixture builds', async () => {
		const { status, output, outDir } = await buildFixture('valid', () => {});
		expect(status, output).toBe(0);
		expect(existsSync(join(outDir, 'articles/first/index.html'))).toBe(true);
		expect(readFileSync(join(outDir, 'toolkits/fixture-tracker.csv'), 'utf8')).toContain('"Example, with a comma"');
	});

	test.for(badCases)('$name stops the build with a message naming the file and the field', async ({ name, edit, expected }) => {
		const { status, output } = await buildFixture(name, edit);
		expect(status, output).not.toBe(0);
		for (const text of expected) expect(output).toContain(text);
	});

	test('a failed build leaves the previous output untouched', async () => {
		const good = await buildFixture('keep-dist', () => {});
		expect(good.status, good.output).toBe(0);
		const page = join(good.outDir, 'articles/first/index.html');
		const before = readFileSync(page, 'utf8');
		const bad = await buildFixture('keep-dist', (dir) => unlinkSync(join(dir, 'articles/second.mdx')));
		expect(bad.status).not.toBe(0);
		expect(readFileSync(page, 'utf8')).toBe(before);
		expect(existsSync(`${good.outDir}.staging`)).toBe(false);
	});
});
