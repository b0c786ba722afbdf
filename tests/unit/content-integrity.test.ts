import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// Real builds of small fixture sites: the behaviour under test is that a build stops, naming the file and
// the field. Mistakes that the build reports together are planted together, so that one build checks
// several of them; each mistake still has its own test and its own expected line.

const BASE = 'tests/fixtures/base';
const WORK = 'tests/fixtures/.tmp';
// A build waits for a state (its exit), never for a time; the limit only stops a build that hangs.
const BUILD_LIMIT = 600_000;

interface BuildResult {
	status: number | null;
	output: string;
	outDir: string;
}

/** Copies the base fixture, applies `edit` to it, and runs the real build on it into `outDir`. */
async function buildFixture(name: string, edit: (dir: string) => void, outDir = join(WORK, `${name}-dist`)): Promise<BuildResult> {
	const dir = join(WORK, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	cpSync(BASE, dir, { recursive: true });
	edit(dir);
	const child = spawn(process.execPath, ['scripts/build.mjs'], {
		env: { ...process.env, KB_CONTENT_DIR: dir, KB_OUT_DIR: outDir, BASE_PATH: '/', FORCE_COLOR: '0' },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	return { status, output, outDir };
}

/** Runs a build the first time a test asks for it; later tests share its result. */
function once(run: () => Promise<BuildResult>): () => Promise<BuildResult> {
	let result: Promise<BuildResult> | undefined;
	return () => (result ??= run());
}

function replaceIn(file: string, from: string | RegExp, to: string): void {
	const text = readFileSync(file, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`Fixture edit found nothing to replace in ${file}`);
	writeFileSync(file, next);
}

/** Runs `npm run new -- <args>` on a content folder, as an author would. */
function scaffold(dir: string, ...args: string[]): void {
	const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], { env: { ...process.env, KB_CONTENT_DIR: dir, FORCE_COLOR: '0' }, input: '', encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`npm run new ${args.join(' ')} failed: ${result.stderr}`);
}

const first = (dir: string) => join(dir, 'articles/first.mdx');
const second = (dir: string) => join(dir, 'articles/second.mdx');

/** The base fixture plus one entry of each kind made by `npm run new`: the site authors start from. */
const validBuild = once(() =>
	buildFixture('valid', (dir) => {
		scaffold(dir, 'article', '--topic', 'practices', '--title', 'Stage gates in practice');
		scaffold(dir, 'role', '--level', '1', '--tier', 'project', '--title', 'Project support officer');
		scaffold(dir, 'glossary', '--term', 'Stage gate');
		scaffold(dir, 'toolkit', '--practice', 'second', '--title', 'Gate checklist');
	}),
);

/** Schema mistakes in several files of one collection, which the build reports together. */
const schemaBuild = once(() =>
	buildFixture('schema', (dir) => {
		replaceIn(second(dir), /^title: .*\n/m, '');
		replaceIn(first(dir), 'topic: structures', 'topic: structure');
		replaceIn(first(dir), 'updated: 2026-01-15', 'updated: "15th of Jan"');
	}),
);

/** Broken references, links, anchors and an empty page, which the integrity gate reports together. */
const catalogBuild = once(() =>
	buildFixture('catalog', (dir) => {
		replaceIn(first(dir), 'related: [second]', 'related: [second, no-such-article]');
		replaceIn(first(dir), '(/roles/fixture-role/)', '(/roles/missing-role/)');
		replaceIn(first(dir), '#a-heading', '#no-such-heading');
		replaceIn(join(dir, 'glossary.yaml'), 'see_also: [sro]', 'see_also: [sro, raid]');
		writeFileSync(second(dir), readFileSync(second(dir), 'utf8').replace(/---\n\n[\s\S]*$/, '---\n'));
	}),
);

/** Image mistakes in one page, which the build reports together: an image with no alt text, and one that is not there. */
const imageBuild = once(() =>
	buildFixture('images', (dir) => {
		cpSync('content/articles/figures/forecast-tolerance.png', join(dir, 'articles/chart.png'));
		replaceIn(second(dir), 'More text.', 'More text.\n\n![](./chart.png)\n\n![A chart](./no-such-chart.png)');
	}),
);

/** A page of the valid site's output, as it was before a broken build was run over that output. */
let pageBeforeBrokenBuild = '';

/** A broken role built over the valid site's output: the output must survive it. */
const brokenOverValid = once(async () => {
	const { outDir } = await validBuild();
	pageBeforeBrokenBuild = readFileSync(join(outDir, 'articles/first/index.html'), 'utf8');
	return buildFixture('role-level', (dir) => replaceIn(join(dir, 'roles/fixture-role.mdx'), 'level: 2', 'level: 5'), outDir);
});

const badCases: Array<{ name: string; build: () => Promise<BuildResult>; expected: string[] }> = [
	{ name: 'missing-title', build: schemaBuild, expected: ['articles/second.mdx', 'title'] },
	{ name: 'bad-enum', build: schemaBuild, expected: ['articles/first.mdx', 'topic', 'expected one of'] },
	{ name: 'bad-date', build: schemaBuild, expected: ['articles/first.mdx', 'updated', 'YYYY-MM-DD'] },
	{ name: 'unknown-reference', build: catalogBuild, expected: ['articles/first.mdx', 'related[1]', 'no-such-article'] },
	{ name: 'broken-link', build: catalogBuild, expected: ['articles/first.mdx', '/roles/missing-role/', 'no page'] },
	{ name: 'broken-anchor', build: catalogBuild, expected: ['articles/first.mdx', '#no-such-heading', 'no heading'] },
	{ name: 'unknown-see-also', build: catalogBuild, expected: ['glossary.yaml', 'pmo', 'see_also[1]', 'raid'] },
	{ name: 'empty-body', build: catalogBuild, expected: ['articles/second.mdx', 'no body'] },
	{ name: 'role-invalid-level', build: brokenOverValid, expected: ['roles/fixture-role.mdx', 'level', '1 to 4'] },
	{
		name: 'duplicate-url',
		build: once(() => buildFixture('duplicate-url', (dir) => cpSync(first(dir), join(dir, 'articles/First.mdx')))),
		expected: ['articles/First.mdx', 'articles/first.mdx', '/articles/first/'],
	},
	{
		name: 'invalid-mdx',
		build: once(() => buildFixture('invalid-mdx', (dir) => replaceIn(second(dir), 'More text.', 'More <b>unclosed text.'))),
		expected: ['second.mdx'],
	},
	{
		name: 'unknown-directive',
		build: once(() => buildFixture('unknown-directive', (dir) => replaceIn(second(dir), 'More text.', 'More text.\n\n:::warning\nThis block would be lost.\n:::'))),
		expected: ['articles/second.mdx:20', ':::warning', ':::note, :::tip, :::caution, :::danger'],
	},
	{
		name: 'image-without-alt',
		build: imageBuild,
		expected: ['articles/second.mdx:20', 'image "./chart.png" has no alt text'],
	},
	{
		name: 'image-missing',
		build: imageBuild,
		expected: ['articles/second.mdx:22', 'image "./no-such-chart.png" does not exist'],
	},
	{
		name: 'non-utf8',
		build: once(() =>
			buildFixture('non-utf8', (dir) => writeFileSync(first(dir), Buffer.from(readFileSync(first(dir), 'utf8').replace('An introduction', 'An introducti\u00f3n'), 'latin1'))),
		),
		expected: ['articles/first.mdx', 'UTF-8'],
	},
];

describe('content integrity', { timeout: BUILD_LIMIT }, () => {
	test('the base fixture builds, with a page, role, glossary term and toolkit scaffolded by npm run new', async () => {
		const { status, output, outDir } = await validBuild();
		expect(status, output).toBe(0);
		const first = readFileSync(join(outDir, 'articles/first/index.html'), 'utf8');
		expect(first).toMatch(/<section[^>]*class="footnotes"/);
		expect(first).toContain('href="#user-content-fn-1"');
		expect(first).toMatch(/<input type="checkbox" disabled aria-label="A step still to do\."\s*\/?>/);
		expect(readFileSync(join(outDir, 'toolkits/fixture-tracker.csv'), 'utf8')).toContain('"Example, with a comma"');
		for (const page of ['articles/stage-gates-in-practice/index.html', 'roles/project-support-officer/index.html', 'glossary/stage-gate/index.html', 'toolkits/gate-checklist.csv']) {
			expect(existsSync(join(outDir, page)), page).toBe(true);
		}
	});

	test.for(badCases)('$name stops the build with a line naming the file and the field', async ({ build, expected }) => {
		const { status, output } = await build();
		expect(status, output).not.toBe(0);
		const lines = output.split('\n');
		expect(lines.some((line) => expected.every((text) => line.includes(text))), `no line of the output has all of ${JSON.stringify(expected)}:\n${output}`).toBe(true);
	});

	test('a failed build leaves the previous output untouched', async () => {
		const good = await validBuild();
		expect(good.status, good.output).toBe(0);
		const bad = await brokenOverValid();
		expect(bad.status).not.toBe(0);
		expect(pageBeforeBrokenBuild).toContain('First fixture article');
		expect(readFileSync(join(good.outDir, 'articles/first/index.html'), 'utf8')).toBe(pageBeforeBrokenBuild);
		expect(existsSync(`${good.outDir}.staging`)).toBe(false);
	});
});
