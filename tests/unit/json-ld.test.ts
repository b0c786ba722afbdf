import { describe, expect, test } from 'vitest';
import { breadcrumbList, jsonLd } from '../../src/lib/json-ld';

describe('jsonLd', () => {
	test('adds the schema.org context and escapes < so that text cannot close the script element', () => {
		const text = jsonLd({ '@type': 'Thing', name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><script>alert(1)</script>' });
	});
});

describe('breadcrumbList', () => {
	test('numbers the crumbs from 1', () => {
		expect(breadcrumbList([{ name: 'Home', url: 'https://x/' }, { name: 'A', url: 'https://x/a/' }]).itemListElement[1]).toEqual({
			'@type': 'ListItem',
			position: 2,
			name: 'A',
			item: 'https://x/a/',
		});
	});
});
