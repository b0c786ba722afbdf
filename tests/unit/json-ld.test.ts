import { describe, expect, test } from 'vitest';
import { article, breadcrumbList, definedTermSet, jsonLd } from '../../src/lib/json-ld';

describe('jsonLd', () => {
	test('adds the schema.org context and escapes < so that text cannot close the script element', () => {
		const text = jsonLd({ '@type': 'Thing', name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><script>alert(1)</script>' });
	});
});

describe('breadcrumbList', () => {
	test('numbers the crumbs from 1', () => {
		expect(
			breadcrumbList([
				{ name: 'Home', url: 'https://x/' },
				{ name: 'A', url: 'https://x/a/' },
			]).itemListElement[1],
		).toEqual({
			'@type': 'ListItem',
			position: 2,
			name: 'A',
			item: 'https://x/a/',
		});
	});
});

describe('article', () => {
	test('describes the page with its date and cited sources', () => {
		const data = article({
			title: 'T',
			description: 'D',
			url: 'https://x/a/',
			updated: new Date('2026-01-02T00:00:00Z'),
			publisher: 'KB',
			sources: [
				{ title: 'S', publisher: 'P', url: 'https://s/' },
				{ title: 'S2', publisher: 'P2' },
			],
		});
		expect(data).toMatchObject({
			'@type': 'Article',
			headline: 'T',
			dateModified: '2026-01-02',
			citation: [{ name: 'S', url: 'https://s/' }, { name: 'S2' }],
		});
		expect(data.citation[1]).not.toHaveProperty('url');
	});
});

describe('definedTermSet', () => {
	test('lists each term with its code and the set it belongs to', () => {
		const set = definedTermSet({
			name: 'G',
			url: 'https://x/g/',
			terms: [{ name: 'Senior Responsible Owner', description: 'd', url: 'https://x/g/sro/', code: 'SRO' }],
		});
		expect(set.hasDefinedTerm[0]).toEqual({
			'@type': 'DefinedTerm',
			name: 'Senior Responsible Owner',
			description: 'd',
			url: 'https://x/g/sro/',
			inDefinedTermSet: 'https://x/g/',
			termCode: 'SRO',
		});
	});
});
