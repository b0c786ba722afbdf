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
	sources: [{ title: 'S', url: 'https://example.org/' }],
	words: 600,
	links: [],
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

	test.for([
		['stale', { updated: new Date('2025-04-01') }, 'last updated 2025-04-01'],
		['unsourced', { sources: [] }, 'lists no sources'],
		['unsourced', { sources: [{ title: 'S' }] }, 'none of its sources has a URL'],
		['short', { words: 120 }, '120 words'],
		['badUrl', { links: ['/articles/b/', 'htps//example.org'] }, '"htps//example.org"'],
		['badUrl', { sources: [{ title: 'S', url: 'https://exa mple.org' }] }, 'source "https://exa mple.org"'],
	] as const)('reports %s pages', ([kind, overrides, detail]) => {
		const findings = healthFindings([{ ...a, ...overrides }, b, page({ file: 'c.mdx', url: '/articles/c/', links: ['/articles/a/'] })], [], [], today);
		expect(findings).toContainEqual({ kind, file: 'a.mdx', detail });
	});

	test('reports orphans, unused glossary terms and thin topics', () => {
		const findings = healthFindings([a, { ...b, links: [] }], [{ id: 'raid', file: 'g.yaml', usedBy: [] }], ['structures', 'strategy'], today);
		expect(findings.find((finding) => finding.kind === 'orphan')).toEqual({ kind: 'orphan', file: 'a.mdx', detail: 'nothing links to /articles/a/' });
		expect(findings.map((finding) => finding.kind)).toEqual(['orphan', 'unusedTerm', 'thinTopic', 'thinTopic']);
		expect(findings.find((finding) => finding.kind === 'unusedTerm')).toEqual({ kind: 'unusedTerm', file: 'g.yaml', detail: '"raid" is not used on any page' });
		expect(findings.filter((finding) => finding.kind === 'thinTopic').map((finding) => finding.detail)).toEqual(['0 pages', '2 pages']);
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
		const findings = contentHealth(today, dir);
		expect(findings).toContainEqual({ kind: 'stale', file: first, detail: 'last updated 2020-01-15' });
		expect(findings).toContainEqual({ kind: 'short', file: first, detail: expect.stringMatching(/^\d+ words$/) });
		expect(findings).toContainEqual({ kind: 'unsourced', file: first, detail: 'none of its sources has a URL' });
		expect(findings.some((finding) => finding.kind === 'unusedTerm' && finding.detail.startsWith('"pmo"'))).toBe(true);
		expect(findings).toContainEqual({ kind: 'thinTopic', file: 'topic "strategy"', detail: '0 pages' });
	});
});
