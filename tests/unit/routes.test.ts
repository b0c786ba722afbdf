import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { entryPath, inSitemap, linkTarget, linkTargets, staticRoutePath } from '../../src/lib/routes';

describe('entryPath', () => {
	test('puts an entry under its collection', () => {
		expect(entryPath('roles', 'pmo-lead')).toBe('/roles/pmo-lead/');
	});
});

describe('linkTarget', () => {
	test('drops the fragment and query', () => {
		expect(linkTarget('/articles/a/#intro')).toBe('/articles/a/');
		expect(linkTarget('/search/?q=x')).toBe('/search/');
	});

	test('maps a glossary anchor to the term page', () => {
		expect(linkTarget('/glossary/#sro')).toBe('/glossary/sro/');
		expect(linkTarget('/glossary/')).toBe('/glossary/');
	});
});

describe('staticRoutePath', () => {
	test('gives the URL of a static page file', () => {
		expect(staticRoutePath('index.astro')).toBe('/');
		expect(staticRoutePath('search.astro')).toBe('/search/');
		expect(staticRoutePath('roles/index.astro')).toBe('/roles/');
		expect(staticRoutePath('about/health.astro')).toBe('/about/health/');
	});

	test('leaves out dynamic routes, endpoints, the 404 page and underscored files', () => {
		expect(staticRoutePath('articles/[...id].astro')).toBeUndefined();
		expect(staticRoutePath('tags/[tag].astro')).toBeUndefined();
		expect(staticRoutePath('rss.xml.ts')).toBeUndefined();
		expect(staticRoutePath('404.astro')).toBeUndefined();
		expect(staticRoutePath('about/_partial.astro')).toBeUndefined();
	});

	test('knows every static page in src/pages', () => {
		const files = readdirSync('src/pages', { recursive: true, encoding: 'utf8' });
		const paths = files.map(staticRoutePath).filter(Boolean);
		expect(paths).toEqual(expect.arrayContaining(['/', '/search/', '/careers/', '/roles/compare/', '/about/health/']));
	});
});

describe('linkTargets', () => {
	const targets = linkTargets({
		pageFiles: ['index.astro', 'articles/[...id].astro', 'roles/compare.astro'],
		pages: new Map([['/articles/a/', ['intro', 'steps']]]),
		glossaryIds: ['sro'],
		toolkitIds: ['raid-log'],
		toolIds: ['scoring-matrix'],
		topicIds: ['governance'],
		tags: ['assurance'],
	});

	test('lists static pages, entries, glossary terms, CSV files, tools, topics and tags', () => {
		expect([...targets.keys()].sort()).toEqual(
			[
				'/',
				'/roles/compare/',
				'/articles/a/',
				'/glossary/',
				'/glossary/sro/',
				'/toolkits/raid-log.csv',
				'/tools/scoring-matrix/',
				'/topics/governance/',
				'/topics/governance/print/',
				'/tags/assurance/',
			].sort(),
		);
	});

	test('gives each page the anchors that can be linked to', () => {
		expect(targets.get('/articles/a/')).toEqual(new Set(['intro', 'steps']));
		expect(targets.get('/glossary/')).toEqual(new Set(['sro']));
	});
});

describe('inSitemap', () => {
	test('lists pages, but neither the 404 page nor a topic’s print view', () => {
		expect(inSitemap('https://example.org/kb/topics/structures/')).toBe(true);
		expect(inSitemap('https://example.org/kb/articles/print/')).toBe(true);
		expect(inSitemap('https://example.org/kb/topics/structures/print/')).toBe(false);
		expect(inSitemap('https://example.org/kb/404/')).toBe(false);
	});
});
