import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentHealth } from '../../src/data/health-source';
import { type HealthPage, healthFindings } from '../../src/lib/health';

const today = new Date('2026-11-21T00:00:00Z');
const page = (overrides: Partial<HealthPage>): HealthPage => ({
	file: 'a.mdx',
	url: '/articles/a/',
	topic: 'structures',
	updated: new Date('2026-01-01'),
	reviewed: new Date('2026-06-01'),
	sources: [{ title: 'S', url: 'https://example.org/' }],
	words: 600,
	links: [],
	body: '',
	prose: '',
	...overrides,
});

describe('healthFindings', () => {
	const a = page({ links: ['/articles/b/'] });
	const b = page({ file: 'b.mdx', url: '/articles/b/', links: ['/articles/a/#x', '/glossary/#sro'] });

	test('finds nothing in healthy pages', () => {
		const c = page({ file: 'c.mdx', url: '/articles/c/', links: ['/articles/a/'] });
		const healthy = [a, { ...b, links: [...b.links, '/articles/c/'] }, c];
		expect(healthFindings(healthy, [{ id: 'sro', file: 'g.yaml', usedBy: ['/articles/b/'] }], ['structures'], today)).toEqual([]);
	});

	test('lists each placeholder npm run new left, by file and line, before anything else', () => {
		const placeholders = [
			{ file: 'a.mdx', line: 12, text: 'TODO: write this section.' },
			{ file: 'a.mdx', line: 3, text: 'description: "TODO: one sentence."' },
		];
		const findings = healthFindings([a, b], [], [], today, [], placeholders);
		expect(findings.slice(0, 2)).toEqual([
			{ kind: 'placeholder', file: 'a.mdx:3', detail: 'description: "TODO: one sentence."' },
			{ kind: 'placeholder', file: 'a.mdx:12', detail: 'TODO: write this section.' },
		]);
	});

	test.for([
		['stale', { updated: new Date('2025-04-01') }, 'last updated 2025-04-01'],
		['unsourced', { sources: [] }, 'lists no sources'],
		['unsourced', { sources: [{ title: 'S' }] }, 'none of its sources has a URL'],
		['short', { words: 120 }, '120 words'],
		['unreviewed', { reviewed: new Date('2025-11-01') }, 'last reviewed 2025-11-01'],
		['unreviewed', { reviewed: undefined }, 'has no reviewed date'],
		[
			'unsourcedStatistic',
			{ body: 'A survey found that 62% of PMOs close within three years.' },
			'"A survey found that 62% of PMOs close within three years."',
		],
		['badUrl', { links: ['/articles/b/', 'htps//example.org'] }, '"htps//example.org"'],
		['badUrl', { sources: [{ title: 'S', url: 'https://exa mple.org' }] }, 'source "https://exa mple.org"'],
	] as const)('reports %s pages', ([kind, overrides, detail]) => {
		const findings = healthFindings(
			[{ ...a, ...overrides }, b, page({ file: 'c.mdx', url: '/articles/c/', links: ['/articles/a/'] })],
			[],
			[],
			today,
		);
		expect(findings).toContainEqual({ kind, file: 'a.mdx', detail });
	});

	test('reports orphans, unused glossary terms and thin topics', () => {
		const findings = healthFindings(
			[a, { ...b, links: [] }],
			[{ id: 'raid', file: 'g.yaml', usedBy: [] }],
			['structures', 'strategy'],
			today,
		);
		expect(findings.find((finding) => finding.kind === 'orphan')).toEqual({
			kind: 'orphan',
			file: 'a.mdx',
			detail: 'nothing links to /articles/a/',
		});
		expect(findings.map((finding) => finding.kind)).toEqual(['orphan', 'unusedTerm', 'thinTopic', 'thinTopic']);
		expect(findings.find((finding) => finding.kind === 'unusedTerm')).toEqual({
			kind: 'unusedTerm',
			file: 'g.yaml',
			detail: '"raid" is not used on any page',
		});
		expect(findings.filter((finding) => finding.kind === 'thinTopic').map((finding) => finding.detail)).toEqual(['0 pages', '2 pages']);
	});

	test('reports paragraphs that repeat another page, and names that lead to two entries', () => {
		const shared =
			'The office gives the board one honest view of delivery across every programme, checks each forecast against the evidence, and challenges any plan that cannot show how its benefits will be measured or who will own them.';
		const findings = healthFindings(
			[
				{ ...a, prose: shared },
				{ ...b, prose: `Intro.\n\n${shared}` },
			],
			[],
			[],
			today,
			[
				{ name: 'PMO Officer', owner: 'role /roles/pmo-analyst/', file: 'pmo-analyst.mdx' },
				{ name: 'pmo officer', owner: 'role /roles/project-specialist/', file: 'project-specialist.mdx' },
				{ name: 'PMO Analyst', owner: 'role /roles/pmo-analyst/', file: 'levels.yaml' },
			],
		);
		expect(findings.filter((finding) => finding.kind === 'nearDuplicate')).toEqual([
			{ kind: 'nearDuplicate', file: 'a.mdx', detail: expect.stringMatching(/^100% of a paragraph repeats b\.mdx: "The office gives/) },
		]);
		expect(findings.filter((finding) => finding.kind === 'ambiguousName')).toEqual([
			{
				kind: 'ambiguousName',
				file: 'pmo-analyst.mdx',
				detail:
					'"PMO Officer" leads to role /roles/pmo-analyst/ (pmo-analyst.mdx) and role /roles/project-specialist/ (project-specialist.mdx)',
			},
		]);
	});
});

describe('contentHealth', () => {
	test('reads a content folder and names the file of each finding', () => {
		const dir = 'tests/fixtures/.tmp/health';
		rmSync(dir, { recursive: true, force: true });
		mkdirSync('tests/fixtures/.tmp', { recursive: true });
		cpSync('tests/fixtures/base', dir, { recursive: true });
		const first = join(dir, 'articles/first.mdx');
		writeFileSync(first, readFileSync(first, 'utf8').replace('updated: 2026-01-15', 'updated: 2020-01-15'));
		const glossary = join(dir, 'glossary.yaml');
		writeFileSync(
			glossary,
			readFileSync(glossary, 'utf8').replace('definition: "A fixture definition."', 'definition: "TODO: define it."'),
		);
		const findings = contentHealth(today, dir);
		expect(findings[0]).toEqual({ kind: 'placeholder', file: `${glossary}:4`, detail: 'definition: "TODO: define it."' });
		expect(findings).toContainEqual({ kind: 'stale', file: first, detail: 'last updated 2020-01-15' });
		expect(findings).toContainEqual({ kind: 'short', file: first, detail: expect.stringMatching(/^\d+ words$/) });
		expect(findings).toContainEqual({ kind: 'unsourced', file: first, detail: 'none of its sources has a URL' });
		expect(findings.some((finding) => finding.kind === 'unusedTerm' && finding.detail.startsWith('"pmo"'))).toBe(true);
		expect(findings).toContainEqual({ kind: 'thinTopic', file: 'topic "strategy"', detail: '0 pages' });
	});
});
