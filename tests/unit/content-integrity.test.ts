import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { schemaIssueLines } from '../../src/lib/schema-messages';
import { mutants, outcomeOf, SEED } from './frontmatter-fuzz';
import { readPage, schemas, validEntries } from './schema-entries';

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
	const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
		env: { ...process.env, KB_CONTENT_DIR: dir, FORCE_COLOR: '0' },
		input: '',
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`npm run new ${args.join(' ')} failed: ${result.stderr}`);
}

const first = (dir: string) => join(dir, 'articles/first.mdx');
const second = (dir: string) => join(dir, 'articles/second.mdx');

/** The base fixture plus one entry of each kind made by `npm run new`, placeholders and all. */
function scaffoldEach(dir: string): void {
	scaffold(dir, 'article', '--topic', 'practices', '--title', 'Stage gates in practice');
	scaffold(dir, 'role', '--level', '1', '--tier', 'project', '--title', 'Project support officer');
	scaffold(dir, 'glossary', '--term', 'Stage gate');
	scaffold(dir, 'toolkit', '--practice', 'second', '--title', 'Gate checklist');
}

/** The files `scaffoldEach` writes to, with every placeholder written over as an author would. */
const scaffolded = [
	'articles/stage-gates-in-practice.mdx',
	'roles/project-support-officer.mdx',
	'glossary.yaml',
	'toolkits/gate-checklist.yaml',
];

/** The site authors start from: the base fixture plus one finished entry of each kind made by `npm run new`. */
const validBuild = once(() =>
	buildFixture('valid', (dir) => {
		scaffoldEach(dir);
		for (const file of scaffolded) replaceIn(join(dir, file), /TODO: /g, 'Written: ');
		for (const [index, mutant] of acceptedSample.entries())
			writeFileSync(join(dir, `articles/accepted-${index + 1}.mdx`), fuzzPage(mutant.yaml));
	}),
);

/** Entries fresh from `npm run new`, placeholders unwritten: a production build stops before building anything. */
const placeholderBuild = once(() => buildFixture('placeholders', scaffoldEach));

/** Schema mistakes in several files of one collection, which the build reports together. */
const schemaBuild = once(() =>
	buildFixture('schema', (dir) => {
		replaceIn(second(dir), /^title: .*\n/m, '');
		replaceIn(first(dir), 'topic: structures', 'topic: structure');
		replaceIn(first(dir), 'updated: 2026-01-15', 'updated: "15th of Jan"');
		// Unquoted, so that YAML reads them as dates and would roll them over into real ones.
		replaceIn(first(dir), 'reviewed: 2026-01-15', 'reviewed: 2024-13-45');
		replaceIn(second(dir), 'updated: 2026-01-15', 'updated: 2024-02-30');
		replaceIn(second(dir), 'reviewed: 2026-01-15', 'reviewed: 2999-01-01');
		replaceIn(first(dir), 'title: "First fixture article"', 'title: "   "');
		replaceIn(second(dir), 'publisher: "Test suite"', 'publisher: ""');
		for (const [index, mutant] of fuzzSample.entries()) writeFileSync(join(dir, `articles/fuzz-${index + 1}.mdx`), fuzzPage(mutant.yaml));
	}),
);

/** A page whose frontmatter is a fuzz mutant of the first article's. */
const fuzzPage = (yaml: string): string => `---\n${yaml}---\n\nA mutated copy of the first article.\n`;

/**
 * A few frontmatter fuzz mutants (see frontmatter-fuzz.test.ts) of different kinds that the schema refuses,
 * planted in the schema build: the build must report each with exactly the lines the in-memory check gives.
 */
const fuzzSample = fc
	.sample(mutants(validEntries.articles[0]!), { seed: SEED, numRuns: 200 })
	.filter((mutant) => 'problems' in outcomeOf('articles', mutant.yaml))
	.filter((mutant, index, all) => all.findIndex((other) => other.kind === mutant.kind) === index)
	.slice(0, 5);

/** Fuzz mutants the schema accepts, a changed case and a changed date, planted in the valid build to be published as written. */
const acceptedSample = ['change the case', 'change a date'].map((kind) =>
	fc
		.sample(mutants(validEntries.articles[0]!), { seed: SEED, numRuns: 400 })
		.find((mutant) => mutant.kind === kind && ['title', 'updated'].includes(mutant.field) && 'data' in outcomeOf('articles', mutant.yaml))!,
);

/** The problem lines the in-memory schema check gives for fuzz page `index` of the schema build. */
function expectedFuzzLines(index: number): string[] {
	const text = fuzzPage(fuzzSample[index]!.yaml);
	const data = readPage(text);
	const result = schemas.articles.safeParse(data);
	const source = { file: join(WORK, `schema/articles/fuzz-${index + 1}.mdx`), text, start: 1 };
	return result.success ? [] : result.error.issues.flatMap((issue) => schemaIssueLines(issue, data, source));
}

/** Frontmatter that is not YAML stops its collection before any entry is checked, so it has a build of its own. */
const yamlBuild = once(() => buildFixture('yaml', (dir) => replaceIn(first(dir), 'order: 1\n', 'order: 1\ntopic: structures\n')));

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
	return buildFixture(
		'role-level',
		(dir) => {
			replaceIn(join(dir, 'roles/fixture-role.mdx'), 'level: 2', 'level: 5');
			replaceIn(join(dir, 'roles/fixture-role.mdx'), 'title: "Fixture role"', 'title: "Fixture\u200brole"');
		},
		outDir,
	);
});

const badCases: Array<{ name: string; build: () => Promise<BuildResult>; expected: string[] }> = [
	{ name: 'missing-title', build: schemaBuild, expected: ['articles/second.mdx:1: title: missing; expected string.'] },
	{ name: 'bad-enum', build: schemaBuild, expected: ['articles/first.mdx:4: topic: found "structure"; expected one of "structures"|'] },
	{
		name: 'bad-date',
		build: schemaBuild,
		expected: [
			'articles/first.mdx:7: updated: "15th of Jan" is not a date: write a real calendar day as YYYY-MM-DD, for example 2026-01-15.',
		],
	},
	{
		name: 'month-13',
		build: schemaBuild,
		expected: ['articles/first.mdx:8: reviewed: 2024-13-45 is not a date: write a real calendar day as YYYY-MM-DD'],
	},
	{
		name: 'february-30',
		build: schemaBuild,
		expected: ['articles/second.mdx:4: updated: 2024-02-30 is not a date: write a real calendar day as YYYY-MM-DD'],
	},
	{
		name: 'future-date',
		build: schemaBuild,
		expected: ['articles/second.mdx:5: reviewed: 2999-01-01 is in the future: write a day no later than today'],
	},
	{
		name: 'repeated-field',
		build: yamlBuild,
		expected: ['articles/first.mdx:6: topic: found the field a second time; expected each field once.'],
	},
	{
		name: 'unknown-reference',
		build: catalogBuild,
		expected: [
			'articles/first.mdx:12: related[1] refers to "no-such-article", which is not an entry of the articles collection; expected the id of one',
		],
	},
	{
		name: 'broken-link',
		build: catalogBuild,
		expected: ['articles/first.mdx:16: broken link "/roles/missing-role/": no page has the URL /roles/missing-role/.'],
	},
	{
		name: 'broken-anchor',
		build: catalogBuild,
		expected: [
			'articles/first.mdx:15: broken link "/articles/second/#no-such-heading": /articles/second/ has no heading or entry with the id "no-such-heading".',
		],
	},
	{
		name: 'unknown-see-also',
		build: catalogBuild,
		expected: ['glossary.yaml:5: see_also[1] refers to "raid", which is not an entry of the glossary collection'],
	},
	{
		name: 'empty-body',
		build: catalogBuild,
		expected: ["articles/second.mdx: the page has no body text; expected the page's text below the frontmatter's closing ---."],
	},
	{ name: 'blank-title', build: schemaBuild, expected: ['articles/first.mdx:2: title: found "   "; expected text, not only white space.'] },
	{
		name: 'blank-source-publisher',
		build: schemaBuild,
		expected: ['articles/second.mdx:8: sources.0.publisher: found ""; expected text, not only white space.'],
	},
	{
		name: 'zero-width-title',
		build: brokenOverValid,
		expected: [
			'roles/fixture-role.mdx:2: title: found "Fixture\u200brole"; expected no control or invisible characters: it holds U+200B; remove it.',
		],
	},
	{
		name: 'placeholder-description',
		build: placeholderBuild,
		expected: ['articles/stage-gates-in-practice.mdx:3: found the placeholder description: "TODO: one sentence'],
	},
	{
		name: 'placeholder-body',
		build: placeholderBuild,
		expected: ['roles/project-support-officer.mdx:', 'found the placeholder TODO: write this section.; expected the text it asks for.'],
	},
	{
		name: 'placeholder-definition',
		build: placeholderBuild,
		expected: ['glossary.yaml:', 'found the placeholder definition: "TODO: one or two sentences'],
	},
	{
		name: 'placeholder-toolkit',
		build: placeholderBuild,
		expected: ['toolkits/gate-checklist.yaml:2: found the placeholder description: "TODO:'],
	},
	{
		name: 'role-invalid-level',
		build: brokenOverValid,
		expected: ['roles/fixture-role.mdx:5: level: found 5; Career levels run from 1 to 4.'],
	},
	{
		name: 'duplicate-url',
		build: once(() => buildFixture('duplicate-url', (dir) => cpSync(first(dir), join(dir, 'articles/First.mdx')))),
		expected: ['articles/First.mdx', 'articles/first.mdx', '/articles/first/'],
	},
	{
		name: 'invalid-mdx',
		build: once(() => buildFixture('invalid-mdx', (dir) => replaceIn(second(dir), 'More text.', 'More <b>unclosed text.'))),
		expected: ['Expected a closing tag for `<b>` (18:6) before the end of `paragraph`'],
	},
	{
		name: 'unknown-directive',
		build: once(() =>
			buildFixture('unknown-directive', (dir) =>
				replaceIn(second(dir), 'More text.', 'More text.\n\n:::warning\nThis block would be lost.\n:::'),
			),
		),
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
			buildFixture('non-utf8', (dir) =>
				writeFileSync(
					first(dir),
					Buffer.from(readFileSync(first(dir), 'utf8').replace('An introduction', 'An introducti\u00f3n'), 'latin1'),
				),
			),
		),
		expected: ['articles/first.mdx:15: not valid UTF-8; save the file with UTF-8 encoding.'],
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
		for (const page of [
			'articles/stage-gates-in-practice/index.html',
			'roles/project-support-officer/index.html',
			'glossary/stage-gate/index.html',
			'toolkits/gate-checklist.csv',
		]) {
			expect(existsSync(join(outDir, page)), page).toBe(true);
		}
	});

	test('fuzz mutants the schema accepts are published with exactly the title and dates written', async () => {
		const { status, output, outDir } = await validBuild();
		expect(status, output).toBe(0);
		for (const [index, mutant] of acceptedSample.entries()) {
			const written = readPage(fuzzPage(mutant.yaml));
			const html = readFileSync(join(outDir, `articles/accepted-${index + 1}/index.html`), 'utf8');
			expect(html, mutant.yaml).toContain(`<h1>${written.title}</h1>`);
			for (const date of [written.updated, written.reviewed]) expect(html, mutant.yaml).toContain(`<time datetime="${date}"`);
		}
	});

	test.for(badCases)('$name stops the build with a line naming the file and the field', async ({ build, expected }) => {
		const { status, output } = await build();
		expect(status, output).not.toBe(0);
		const lines = output.split('\n');
		expect(
			lines.some((line) => expected.every((text) => line.includes(text))),
			`no line of the output has all of ${JSON.stringify(expected)}:\n${output}`,
		).toBe(true);
	});

	test(`a sample of ${fuzzSample.length} frontmatter fuzz mutants is reported by the real build exactly as the in-memory check reports it`, async () => {
		expect(new Set(fuzzSample.map((mutant) => mutant.kind)).size).toBe(5);
		const { status, output } = await schemaBuild();
		expect(status, output).not.toBe(0);
		for (const index of fuzzSample.keys()) {
			const lines = expectedFuzzLines(index);
			expect(lines.length, fuzzSample[index]!.yaml).toBeGreaterThan(0);
			for (const line of lines)
				expect(output, `fuzz-${index + 1}.mdx (${fuzzSample[index]!.kind}):\n${fuzzSample[index]!.yaml}`).toContain(`  - ${line}\n`);
		}
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
