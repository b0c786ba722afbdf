import { describe, expect, test } from 'vitest';
import { ambiguousNames } from '../../src/lib/names';
import { nearDuplicates, paragraphsOf } from '../../src/lib/near-duplicates';
import { redirectMap } from '../../src/lib/redirects';
import { searchFilters } from '../../src/lib/search-filters';
import { unsourcedStatistics } from '../../src/lib/statistics';

const long = (words: number, seed: string) => Array.from({ length: words }, (_, index) => `${seed}${index}`).join(' ');

describe('nearDuplicates', () => {
	const shared = long(40, 'w');

	test('pairs paragraphs of different pages that share most of their five-word runs, and reports the share', () => {
		const found = nearDuplicates([
			...paragraphsOf('a.mdx', `${long(30, 'a')}\n\n${shared}`),
			...paragraphsOf('b.mdx', `${shared} ${long(10, 'b')}`),
		]);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ a: { file: 'a.mdx' }, b: { file: 'b.mdx' } });
		expect(found[0]!.overlap).toBe(1);
	});

	test('ignores repeats within one page, short paragraphs, and overlaps below the threshold', () => {
		expect(nearDuplicates(paragraphsOf('a.mdx', `${shared}\n\n${shared}`))).toEqual([]);
		const short = 'The PMO supports the board with one honest view of delivery.';
		expect(nearDuplicates([...paragraphsOf('a.mdx', short), ...paragraphsOf('b.mdx', short)])).toEqual([]);
		// Five shared words in 60: one shared run of 56, under 15%.
		const a = `${long(55, 'a')} one two three four five`;
		const b = `one two three four five ${long(55, 'b')}`;
		expect(nearDuplicates([...paragraphsOf('a.mdx', a), ...paragraphsOf('b.mdx', b)])).toEqual([]);
	});

	test('lists a passage copied onto many pages once per copy, paired with its closest match', () => {
		const copies = ['a.mdx', 'b.mdx', 'c.mdx', 'd.mdx'].flatMap((file) => paragraphsOf(file, shared));
		const found = nearDuplicates(copies);
		expect(found.map(({ a, b }) => `${a.file} ${b.file}`)).toEqual(['a.mdx b.mdx', 'b.mdx c.mdx', 'c.mdx d.mdx']);
	});

	test('stays linear when a template phrase is on every page: such runs are set phrases, not copies', () => {
		const template = long(30, 't');
		const pages = Array.from({ length: 300 }, (_, index) =>
			paragraphsOf(`p${index}.mdx`, `${template} ${long(30, `own${index}-`)}`),
		).flat();
		expect(nearDuplicates(pages)).toEqual([]);
	});

	test('compares words, not punctuation, case or link targets', () => {
		const plain = `The hub sets standards for every office ${long(30, 'x')}`;
		const marked = `The [hub](/glossary/#hub) SETS standards, for every office ${long(30, 'x')}`;
		expect(nearDuplicates([...paragraphsOf('a.mdx', plain), ...paragraphsOf('b.mdx', marked)])).toHaveLength(1);
	});
});

describe('unsourcedStatistics', () => {
	const sources = [{ title: 'The Impact of PMOs on Strategy Implementation', publisher: 'Project Management Institute (PMI)' }];

	test('finds a figure presented as a finding that names none of the page sources', () => {
		expect(unsourcedStatistics('A recent survey found that 62% of PMOs close within three years.', sources)).toEqual([
			'A recent survey found that 62% of PMOs close within three years.',
		]);
		expect(unsourcedStatistics('Research shows one in four offices has no charter.', sources)).toHaveLength(1);
	});

	test('accepts a finding that names a source by publisher, acronym or title', () => {
		expect(unsourcedStatistics("PMI's 2013 research found that 38% more projects met their goals.", sources)).toEqual([]);
		expect(unsourcedStatistics('The Impact of PMOs on Strategy Implementation study put it at 54%.', sources)).toEqual([]);
	});

	test('leaves out worked examples, tables and arithmetic that is not a finding', () => {
		const body = [
			'## Worked example',
			'',
			'Example: a council portfolio of 40 projects.',
			'',
			'A survey of its staff found 70% wanted shorter reports.',
			'',
			'## Next',
			'',
			'| Measure | Value |',
			'| A survey found | 50% |',
			'',
			'Allocate no more than 80% of a person to project work.',
		].join('\n');
		expect(unsourcedStatistics(body, sources)).toEqual([]);
	});
});

describe('ambiguousNames', () => {
	test('lists a name two entries claim, whatever its case or spacing, with every claim', () => {
		const found = ambiguousNames([
			{ name: 'Project Management Officer', owner: 'role a', file: 'a.mdx' },
			{ name: 'project  management officer', owner: 'role b', file: 'b.mdx' },
			{ name: 'PMO Analyst', owner: 'role a', file: 'a.mdx' },
			{ name: 'PMO Analyst', owner: 'role a', file: 'levels.yaml' },
		]);
		expect(found).toEqual([
			{
				name: 'Project Management Officer',
				claims: [expect.objectContaining({ owner: 'role a' }), expect.objectContaining({ owner: 'role b' })],
			},
		]);
	});
});

describe('redirectMap', () => {
	test("gives Astro's redirects from the file's entries", () => {
		expect(redirectMap('r.yaml', [{ from: '/roles/pmo-head/', to: '/roles/pmo-manager/', why: 'Merged.' }])).toEqual({
			'/roles/pmo-head/': '/roles/pmo-manager/',
		});
	});

	test('refuses, in one error naming each entry, paths without a trailing slash, loops, repeats and missing reasons', () => {
		const attempt = () =>
			redirectMap('r.yaml', [
				{ from: '/roles/a', to: '/roles/b/', why: 'x' },
				{ from: '/roles/c/', to: '/roles/c/', why: 'x' },
				{ from: '/roles/d/', to: '/roles/e/', why: 'x' },
				{ from: '/roles/d/', to: '/roles/f/', why: ' ' },
			]);
		expect(attempt).toThrow(/4 problem\(s\)/);
		expect(attempt).toThrow(/redirect 1: from must be a page path/);
		expect(attempt).toThrow(/redirect 2: \/roles\/c\/ redirects to itself/);
		expect(attempt).toThrow(/redirect 4: \/roles\/d\/ is listed twice/);
		expect(attempt).toThrow('r.yaml: redirect 4: why: found " "; expected a sentence saying why the address moved.');
	});

	test('refuses a file that is not a list', () => {
		expect(() => redirectMap('r.yaml', { from: '/a/' })).toThrow('r.yaml: expected a YAML list');
	});
});

describe('searchFilters', () => {
	test('gives an article its type, topic and every level it serves', () => {
		expect(searchFilters({ collection: 'articles', topic: 'case-studies', levels: [2, 3] })).toEqual({
			type: ['Case study'],
			topic: ['Case studies'],
			level: ['Level 2', 'Level 3'],
		});
	});

	test('gives a role its level and its tier, capitalised as the filter shows it', () => {
		expect(searchFilters({ collection: 'roles', topic: 'roles', levels: [3], tier: 'programme' })).toEqual({
			type: ['Role'],
			topic: ['Roles'],
			level: ['Level 3'],
			tier: ['Programme'],
		});
	});
});
