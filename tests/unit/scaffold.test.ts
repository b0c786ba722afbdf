import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { TIERS, TOPICS } from '../../src/consts';
import { readEntryFiles } from '../../src/data/content-files';
import { checkLevel, checkPractice, checkTier, checkTitle, checkTopic } from '../../src/lib/scaffold/checks';
import { slugFor } from '../../src/lib/slug';
import { clashMessage, entryIdOf, findClash, glossaryClash, glossaryId } from '../../src/lib/scaffold/clashes';
import { kindFor, missingFields, missingMessage, nextSteps } from '../../src/lib/scaffold/kinds';
import {
	articleTemplate,
	glossaryEntry,
	insertGlossaryEntry,
	isoDay,
	nextOrder,
	roleTemplate,
	toolkitTemplate,
} from '../../src/lib/scaffold/templates';
import { idFromPath } from '../../src/lib/entry-id';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const topicIds = TOPICS.map((topic) => topic.id);

/** Frontmatter and body of a generated MDX file. */
function splitPage(text: string): { data: Record<string, unknown>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`No frontmatter in:\n${text}`);
	return { data: yaml.load(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** The `updated` value as YYYY-MM-DD, whether YAML read it as a date or a string. */
function day(value: unknown): string {
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** Checks the constraints of the pages schema in src/schemas/ that a scaffold could break. */
function expectValidPageFields(data: Record<string, unknown>): void {
	const description = data.description as string;
	expect(description.length).toBeGreaterThanOrEqual(20);
	expect(description.length).toBeLessThanOrEqual(200);
	for (const tag of data.tags as string[]) expect(tag).toMatch(kebab);
	const sources = data.sources as Array<Record<string, unknown>>;
	expect(sources).toHaveLength(1);
	expect(Object.keys(sources[0]!).sort()).toEqual(['publisher', 'title']);
	expect(sources[0]!.title).toMatch(/^TODO/);
	expect(sources[0]!.publisher).toMatch(/^TODO/);
	expect(data.related).toEqual([]);
	expect(day(data.updated)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

describe('slugFor', () => {
	test.for([
		['Stage gates in practice', 'stage-gates-in-practice'],
		['P3O® model: what & why', 'p3o-model-what-why'],
		["The office's first 100 days", 'the-offices-first-100-days'],
		['  Café   débrief  ', 'cafe-debrief'],
		['PMO Manager vs PMO Lead', 'pmo-manager-vs-pmo-lead'],
		['???', ''],
	])('turns "%s" into "%s"', ([title, slug]) => {
		expect(slugFor(title)).toBe(slug);
	});

	test('gives a file name whose id, by the build rules, is the slug itself', () => {
		for (const title of ['Stage gates in practice', 'P3O® model: what & why', 'Level 1: new to project support']) {
			const slug = slugFor(title);
			expect(idFromPath(`${slug}.mdx`)).toBe(slug);
		}
	});
});

describe('the value checks', () => {
	test('refuse an empty title and a title with nothing to make a slug from', () => {
		expect(checkTitle('   ')).toBe('The title is empty.');
		expect(checkTitle('???')).toContain('no letters or digits');
		expect(checkTitle('Stage gates')).toBeUndefined();
	});

	test('refuse an unknown topic, tier or level and list the valid ones', () => {
		expect(checkTopic('practise')).toContain(topicIds.slice(0, -1).join(', '));
		expect(checkTopic('practices')).toBeUndefined();
		expect(checkTier('team')).toContain('project, programme, portfolio or enterprise');
		expect(checkTier('portfolio')).toBeUndefined();
		expect(checkLevel('5')).toContain('1, 2, 3 or 4');
		expect(checkLevel('1.5')).toBeDefined();
		expect(checkLevel('4')).toBeUndefined();
	});

	test('accept the four collections, in the singular or plural, and refuse levels and anything else', () => {
		expect(kindFor('article')).toEqual({ kind: 'article' });
		expect(kindFor('Roles')).toEqual({ kind: 'role' });
		expect(kindFor('glossary')).toEqual({ kind: 'glossary' });
		expect(kindFor('toolkits')).toEqual({ kind: 'toolkit' });
		expect(kindFor('level')).toEqual({ refusal: expect.stringContaining('exactly four career levels') });
		expect(kindFor('levels')).toEqual({ refusal: expect.stringContaining('not scaffolded') });
		expect(kindFor('page')).toEqual({ refusal: 'Unknown collection "page": use article, role, glossary or toolkit.' });
	});

	test('list the required flags left empty, and give an example command', () => {
		expect(missingFields('article', { title: 'X' })).toEqual(['topic']);
		expect(missingFields('role', { title: ' ', tier: 'project' })).toEqual(['title', 'level']);
		expect(missingFields('glossary', { term: 'Stage gate' })).toEqual([]);
		const message = missingMessage('article', ['title', 'topic']);
		expect(message).toContain('Missing --title and --topic');
		expect(message).toContain('Example: npm run new -- article --topic practices --title');
	});

	test('refuse a practice that is not a published article, suggesting practice articles', () => {
		const articles = [
			{ id: 'benefits-realisation', topic: 'practices' },
			{ id: 'p3o-model', topic: 'structures' },
			{ id: 'secret', topic: 'practices', draft: true },
		];
		expect(checkPractice('benefits-realisation', articles)).toBeUndefined();
		expect(checkPractice('p3o-model', articles)).toBeUndefined();
		const refusal = checkPractice('benefits', articles);
		expect(refusal).toContain('"benefits" is not an article id');
		expect(refusal).toContain('benefits-realisation');
		expect(refusal).not.toContain('p3o-model');
		expect(checkPractice('secret', articles)).toContain('draft');
	});
});

describe('finding what a new entry would clash with', () => {
	test('reads Markdown and MDX frontmatter, and tolerates files without it or with invalid YAML', () => {
		const dir = fixtureCopy();
		writeFileSync(join(dir, 'articles/plain.md'), '---\ntitle: "A"\nslug: b\n---\n\nBody');
		writeFileSync(join(dir, 'articles/none.mdx'), 'No frontmatter');
		writeFileSync(join(dir, 'articles/broken.mdx'), '---\ntitle: "unclosed\n---\n');
		const files = new Map(readEntryFiles(dir, 'articles').map((entry) => [entry.name, entry]));
		expect(files.get('plain.md')).toMatchObject({ data: { title: 'A', slug: 'b' }, body: expect.stringMatching(/^\s*Body$/) });
		expect(files.get('none.mdx')!.data).toEqual({});
		expect(files.get('broken.mdx')!.data).toEqual({});
		expect(files.get('first.mdx')!.data.title).toBe('First fixture article');
	});

	test('takes the id from the slug field when there is one, else from the path', () => {
		expect(entryIdOf('Guides/Stage Gates.mdx', {})).toEqual({ id: 'guides/stage-gates' });
		expect(entryIdOf('old-name.mdx', { slug: 'stage-gates' })).toEqual({ id: 'stage-gates', fromSlug: true });
	});

	test('finds the entry that owns an id and names its file in the message', () => {
		const entries = [
			{ file: 'content/articles/first.mdx', id: 'first' },
			{ file: 'content/articles/old-name.mdx', id: 'stage-gates', fromSlug: true },
		];
		expect(findClash('second', entries)).toBeUndefined();
		const owner = findClash('stage-gates', entries)!;
		expect(owner.file).toBe('content/articles/old-name.mdx');
		expect(clashMessage('/articles/stage-gates/', owner)).toBe(
			'/articles/stage-gates/ is already used by content/articles/old-name.mdx (through its slug field): choose a different title.',
		);
	});
});

describe('nextOrder', () => {
	test('is one more than the highest order in the topic', () => {
		const articles = [
			{ topic: 'practices', order: 3 },
			{ topic: 'practices', order: 6 },
			{ topic: 'strategy', order: 40 },
		];
		expect(nextOrder(articles, 'practices')).toBe(7);
	});

	test('counts a missing order as the default of 100, and starts an empty topic at 1', () => {
		expect(nextOrder([{ topic: 'practices', order: 2 }, { topic: 'practices' }], 'practices')).toBe(101);
		expect(nextOrder([{ topic: 'practices', order: 2 }], 'careers')).toBe(1);
	});
});

describe('isoDay', () => {
	test('gives the local calendar date as YYYY-MM-DD', () => {
		expect(isoDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
		expect(isoDay(new Date(2026, 10, 21, 0, 1))).toBe('2026-11-21');
	});
});

describe('articleTemplate', () => {
	const text = articleTemplate({ title: 'Stage gates: "in" practice', topic: 'practices', order: 7, updated: '2026-11-21' });
	const { data, body } = splitPage(text);

	test('fills every required field with values the schema accepts', () => {
		expect(data.title).toBe('Stage gates: "in" practice');
		expect(data.topic).toBe('practices');
		expect(data.order).toBe(7);
		expect(data.description).toBe('TODO: one sentence, 20-200 characters, shown in search results.');
		expect(data.audience).toEqual([1, 2, 3, 4]);
		expect(day(data.updated)).toBe('2026-11-21');
		expect(day(data.reviewed)).toBe('2026-11-21');
		expectValidPageFields(data);
	});

	test('uses only fields the articles schema knows', () => {
		const known = [
			'slug',
			'title',
			'description',
			'tags',
			'updated',
			'reviewed',
			'sources',
			'related',
			'order',
			'draft',
			'topic',
			'audience',
		];
		for (const key of Object.keys(data)) expect(known).toContain(key);
	});

	test('has a TODO introduction and suggested headings for the topic', () => {
		expect(body.trimStart()).toMatch(/^TODO: introduce/);
		expect(body.match(/^## .+$/gm)).toEqual(['## What it is', '## Why PMOs find it hard', '## How to do it, step by step', '## Pitfalls']);
		const other = splitPage(articleTemplate({ title: 'X', topic: 'strategy', order: 1, updated: '2026-11-21' })).body;
		expect(other.match(/^## .+$/gm)).toContain('## Why it matters');
	});
});

describe('roleTemplate', () => {
	const { data, body } = splitPage(roleTemplate({ title: 'Delivery Assurance Lead', level: 3, tier: 'portfolio', updated: '2026-11-21' }));

	test('fills every required field, with TODO purpose, responsibilities and skills', () => {
		expect(data.title).toBe('Delivery Assurance Lead');
		expect(data.level).toBe(3);
		expect(data.tier).toBe('portfolio');
		expect(data.purpose).toMatch(/^TODO/);
		expect(data.responsibilities).toEqual([expect.stringMatching(/^TODO/)]);
		expect(data.skills).toEqual([expect.stringMatching(/^TODO/)]);
		expect(data.alternative_titles).toEqual([]);
		expect(data).not.toHaveProperty('reports_to');
		expectValidPageFields(data);
	});

	test('suggests the headings the role pages use, in order', () => {
		const headings = body.match(/^## .+$/gm)!;
		const wanted = ['## Where the role sits', '## A typical week', '## Routes in and onward'];
		expect(headings.filter((heading) => wanted.includes(heading))).toEqual(wanted);
		expect(body.trimStart()).toMatch(/^TODO: introduce the role/);
	});
});

describe('glossary entries', () => {
	const existing = [
		{ id: 'pmo', term: 'Project management office', abbreviation: 'PMO' },
		{ id: 'sro', term: 'Senior Responsible Owner', abbreviation: 'SRO' },
		{ id: 'benefit', term: 'Benefit' },
	];

	test('take their id from the abbreviation if there is one, else from the term', () => {
		expect(glossaryId('Centre of Excellence', 'CoE')).toBe('coe');
		expect(glossaryId('Stage gate')).toBe('stage-gate');
		expect(glossaryId('Stage gate', ' ')).toBe('stage-gate');
	});

	test('are refused when the term or abbreviation is already used, whatever its case, or the id is taken', () => {
		expect(glossaryClash(existing, { term: 'project MANAGEMENT office' })).toBe(
			'"project MANAGEMENT office" is already in the glossary (entry "pmo").',
		);
		expect(glossaryClash(existing, { term: 'pmo' })).toContain('entry "pmo"');
		expect(glossaryClash(existing, { term: 'Sponsor', abbreviation: 'sro' })).toContain('entry "sro"');
		expect(glossaryClash(existing, { id: 'benefit' })).toBe('The glossary id "benefit" is already used by the entry "Benefit".');
		expect(glossaryClash(existing, { id: 'stage-gate', term: 'Stage gate' })).toBeUndefined();
	});

	test('have a TODO definition and the fields of the glossary schema', () => {
		const [entry] = yaml.load(glossaryEntry({ id: 'sg', term: 'Stage gate', abbreviation: 'SG' })) as Array<Record<string, unknown>>;
		expect(entry).toEqual({ id: 'sg', term: 'Stage gate', abbreviation: 'SG', definition: expect.stringMatching(/^TODO/), see_also: [] });
		const [plain] = yaml.load(glossaryEntry({ id: 'stage-gate', term: 'Stage gate' })) as Array<Record<string, unknown>>;
		expect(plain).not.toHaveProperty('abbreviation');
	});

	test('go in alphabetical order of term, keeping the comments and blank lines of the file', () => {
		const text = '# Header comment.\n\n- id: apm\n  term: "APM body"\n\n- id: sro\n  term: "Senior Responsible Owner"\n';
		const result = insertGlossaryEntry(text, glossaryEntry({ id: 'benefit', term: 'Benefit' }), 'Benefit');
		expect(result.startsWith('# Header comment.\n\n- id: apm\n  term: "APM body"\n\n- id: benefit\n')).toBe(true);
		expect(result).toContain('see_also: []\n  # Add page');
		expect(result.endsWith('\n\n- id: sro\n  term: "Senior Responsible Owner"\n')).toBe(true);
		expect((yaml.load(result) as Array<{ id: string }>).map((entry) => entry.id)).toEqual(['apm', 'benefit', 'sro']);
	});

	test('go first or last when the term sorts there, following a file without blank lines', () => {
		const text = '- id: b\n  term: "B"\n- id: c\n  term: "C"';
		expect(insertGlossaryEntry(text, glossaryEntry({ id: 'a', term: 'a' }), 'a').startsWith('- id: a\n')).toBe(true);
		const last = insertGlossaryEntry(text, glossaryEntry({ id: 'd', term: 'D' }), 'D');
		expect(last).toMatch(/term: "C"\n- id: d\n/);
		expect(last.endsWith('\n')).toBe(true);
	});

	test('keep the real glossary sorted and valid', () => {
		const text = readFileSync('content/glossary.yaml', 'utf8');
		const before = yaml.load(text) as Array<{ term: string }>;
		const result = insertGlossaryEntry(text, glossaryEntry({ id: 'zz-test', term: 'Mmm test term' }), 'Mmm test term');
		const terms = (yaml.load(result) as Array<{ term: string }>).map((entry) => entry.term);
		expect(terms).toHaveLength(before.length + 1);
		expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
	});
});

describe('toolkitTemplate', () => {
	test('names the practice and has one TODO column and row that the schema accepts', () => {
		const data = yaml.load(toolkitTemplate({ title: 'Gate checklist', practice: 'second' })) as Record<string, unknown>;
		expect(data.title).toBe('Gate checklist');
		expect(data.practice).toBe('second');
		expect(data.description).toMatch(/^TODO/);
		const columns = data.columns as Array<{ key: string; label: string; description: string }>;
		expect(columns).toHaveLength(1);
		expect(columns[0]!.key).toMatch(/^[a-z][a-z0-9_]*$/);
		expect(data.rows).toEqual([{ [columns[0]!.key]: expect.stringMatching(/^TODO/) }]);
	});
});

describe('nextSteps', () => {
	test('tell the author what to fill in and how to see the page', () => {
		expect(nextSteps('article', { id: 'x', file: 'content/articles/x.mdx' }).join('\n')).toMatch(
			/Fill in the TODOs in content\/articles\/x\.mdx[\s\S]*npm run dev/,
		);
		expect(nextSteps('toolkit', { id: 'x', file: 'f', practiceFile: 'content/articles/p.mdx' }).join('\n')).toContain('<Toolkit id="x" />');
		expect(nextSteps('glossary', { id: 'x', file: 'g.yaml' }).at(-1)).toBe(
			'npm run dev marks it unfinished until every TODO: is written; npm run build stops on any left.',
		);
	});
});

// ---------------------------------------------------------------------------------------------------------------
// The command itself, run as `node scripts/new.ts` on a copy of the base fixture, with no terminal on stdin.

const BASE = 'tests/fixtures/base';
const temporary: string[] = [];

afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the base fixture in the system's temporary folder. */
function fixtureCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-scaffold-'));
	temporary.push(dir);
	cpSync(BASE, dir, { recursive: true });
	return dir;
}

/** Runs `npm run new -- <args>` on `contentDir`, with stdin a pipe (not a terminal). */
function runNew(contentDir: string, ...args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
		env: { ...process.env, KB_CONTENT_DIR: contentDir, FORCE_COLOR: '0' },
		input: '',
		encoding: 'utf8',
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file in a folder with its contents, to show that a refused command wrote nothing. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const file = join(entry.parentPath, entry.name);
				return [file, readFileSync(file, 'utf8')];
			}),
	);
}

/** Today's date as the command writes it; a run across midnight may see either day. */
function todayOrYesterday(): string[] {
	const now = new Date();
	return [isoDay(now), isoDay(new Date(now.getTime() - 60_000))];
}

describe('npm run new', () => {
	test('creates an article with the next order in its topic and prints where it is', () => {
		const dir = fixtureCopy();
		const { status, stdout, stderr } = runNew(dir, 'article', '--topic', 'structures', '--title', 'Stage gates in practice');
		expect(status, stderr).toBe(0);
		const file = join(dir, 'articles/stage-gates-in-practice.mdx');
		expect(stdout).toContain(`Created ${file}`);
		expect(stdout).toContain('npm run dev');
		const { data, body } = splitPage(readFileSync(file, 'utf8'));
		expect(data).toMatchObject({ title: 'Stage gates in practice', topic: 'structures', order: 2, tags: ['structures'] });
		expect(todayOrYesterday()).toContain(day(data.updated));
		expectValidPageFields(data);
		expect(body).toContain('## What it is');
	});

	test('counts an article without an order as 100 when it picks the next one', () => {
		const dir = fixtureCopy();
		expect(runNew(dir, 'article', '--topic', 'practices', '--title', 'Stage gates').status).toBe(0);
		expect(splitPage(readFileSync(join(dir, 'articles/stage-gates.mdx'), 'utf8')).data.order).toBe(101);
	});

	test('creates a role with its level, tier and TODO lists', () => {
		const dir = fixtureCopy();
		const { status, stdout, stderr } = runNew(dir, 'role', '--level', '3', '--tier', 'portfolio', '--title', 'Delivery Assurance Lead');
		expect(status, stderr).toBe(0);
		const file = join(dir, 'roles/delivery-assurance-lead.mdx');
		expect(stdout).toContain(file);
		const { data, body } = splitPage(readFileSync(file, 'utf8'));
		expect(data).toMatchObject({ title: 'Delivery Assurance Lead', level: 3, tier: 'portfolio' });
		expect(data.responsibilities).toEqual([expect.stringMatching(/^TODO/)]);
		expect(data.skills).toEqual([expect.stringMatching(/^TODO/)]);
		expect(data.purpose).toMatch(/^TODO/);
		expectValidPageFields(data);
		expect(body).toContain('## Where the role sits');
	});

	test('adds a glossary term in alphabetical order, with its id from the abbreviation', () => {
		const dir = fixtureCopy();
		const file = join(dir, 'glossary.yaml');
		const before = yaml.load(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
		const { status, stdout, stderr } = runNew(dir, 'glossary', '--term', 'Benefits realisation', '--abbreviation', 'BR');
		expect(status, stderr).toBe(0);
		expect(stdout).toContain(file);
		const after = yaml.load(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
		expect(after).toHaveLength(3);
		expect(after[0]).toEqual({
			id: 'br',
			term: 'Benefits realisation',
			abbreviation: 'BR',
			definition: expect.stringMatching(/^TODO/),
			see_also: [],
		});
		expect(after.slice(1)).toEqual(before);
	});

	test('creates a toolkit for an existing practice article and says where to show it', () => {
		const dir = fixtureCopy();
		const { status, stdout, stderr } = runNew(dir, 'toolkit', '--practice', 'second', '--title', 'Gate checklist');
		expect(status, stderr).toBe(0);
		expect(stdout).toContain('<Toolkit id="gate-checklist" />');
		const data = yaml.load(readFileSync(join(dir, 'toolkits/gate-checklist.yaml'), 'utf8')) as Record<string, unknown>;
		expect(data).toMatchObject({ title: 'Gate checklist', practice: 'second' });
	});

	const refusals: Array<{ name: string; args: string[]; edit?: (dir: string) => void; message: (dir: string) => string[] }> = [
		{
			name: 'a title whose URL an existing file has',
			args: ['article', '--topic', 'practices', '--title', 'First'],
			message: (dir) => ['/articles/first/ is already used by', join(dir, 'articles/first.mdx')],
		},
		{
			name: "a title whose URL is another file's slug",
			edit: (dir) => {
				const file = join(dir, 'articles/second.mdx');
				writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', '---\nslug: stage-gates\n'));
			},
			args: ['article', '--topic', 'practices', '--title', 'Stage Gates'],
			message: (dir) => ['/articles/stage-gates/', join(dir, 'articles/second.mdx'), 'slug'],
		},
		{
			name: 'a title whose URL a Markdown (.md) file already has',
			edit: (dir) => writeFileSync(join(dir, 'articles/stage-gates.md'), '---\ntitle: "Stage gates"\n---\n\nText.\n'),
			args: ['article', '--topic', 'practices', '--title', 'Stage gates'],
			message: (dir) => ['/articles/stage-gates/', join(dir, 'articles/stage-gates.md')],
		},
		{
			name: 'a role title already taken',
			args: ['role', '--level', '2', '--tier', 'programme', '--title', 'Fixture role'],
			message: (dir) => [join(dir, 'roles/fixture-role.mdx')],
		},
		{
			name: 'a glossary term already present in another case',
			args: ['glossary', '--term', 'senior responsible OWNER'],
			message: () => ['already in the glossary', 'sro'],
		},
		{
			name: 'a glossary abbreviation already present',
			args: ['glossary', '--term', 'Programme management office', '--abbreviation', 'pmo'],
			message: () => ['"pmo" is already in the glossary (entry "pmo")'],
		},
		{
			name: 'a glossary id already used',
			args: ['glossary', '--term', 'Sro.'],
			message: () => ['The glossary id "sro" is already used by the entry "Senior Responsible Owner".'],
		},
		{
			name: 'an unknown topic',
			args: ['article', '--topic', 'practise', '--title', 'Stage gates'],
			message: () => ['Unknown topic "practise"', topicIds.join(', ').replace(/, (?=[^,]*$)/, ' or ')],
		},
		{
			name: 'an unknown tier',
			args: ['role', '--level', '2', '--tier', 'team', '--title', 'Team lead'],
			message: () => ['Unknown tier "team"', TIERS.join(', ').replace(/, (?=[^,]*$)/, ' or ')],
		},
		{
			name: 'a level outside 1 to 4',
			args: ['role', '--level', '5', '--tier', 'project', '--title', 'Team lead'],
			message: () => ['Unknown level "5"'],
		},
		{
			name: 'missing flags with no terminal to ask',
			args: ['role', '--title', 'Team lead'],
			message: () => ['Missing --level and --tier', 'Example: npm run new -- role'],
		},
		{
			name: 'no collection with no terminal to ask',
			args: [],
			message: () => ['Missing the collection', 'Example:'],
		},
		{
			name: 'the levels collection',
			args: ['level', '--title', 'Level 5'],
			message: () => ['Levels are not scaffolded', 'exactly four'],
		},
		{
			name: 'an unknown collection',
			args: ['page', '--title', 'X'],
			message: () => ['Unknown collection "page"'],
		},
		{
			name: 'a practice that is not an article id',
			args: ['toolkit', '--practice', 'no-such-article', '--title', 'Gate checklist'],
			message: () => ['"no-such-article" is not an article id', 'second'],
		},
		{
			name: 'an empty title',
			args: ['article', '--topic', 'practices', '--title', '  '],
			message: () => ['The title is empty.'],
		},
		{
			name: 'a title with nothing to make a URL from',
			args: ['article', '--topic', 'practices', '--title', '???'],
			message: () => ['The title "???" has no letters or digits'],
		},
		{
			name: 'a flag that does not belong to the collection',
			args: ['article', '--topic', 'practices', '--tier', 'project', '--title', 'Stage gates'],
			message: () => ['--tier does not apply to an article'],
		},
	];

	test.for(refusals)('refuses $name with exit code 1, a one-line reason and nothing written', ({ args, edit, message }) => {
		const dir = fixtureCopy();
		edit?.(dir);
		const before = snapshot(dir);
		const { status, stdout, stderr } = runNew(dir, ...args);
		expect(status).toBe(1);
		expect(stdout).toBe('');
		for (const text of message(dir)) expect(stderr).toContain(text);
		if (!stderr.startsWith('Missing')) expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(snapshot(dir)).toEqual(before);
	});
});
