import { describe, expect, test } from 'vitest';
import { nameSections, prefixIds } from '../../src/lib/prefix-ids';

describe('prefixIds', () => {
	test('prefixes ids and the in-page links that lead to them', () => {
		expect(prefixIds('<h2 id="the-hub">The hub</h2><a href="#the-hub">up</a>', 'p3o--')).toBe(
			'<h2 id="p3o--the-hub">The hub</h2><a href="#p3o--the-hub">up</a>',
		);
	});

	test('prefixes each id of a list in ARIA references and labels', () => {
		expect(prefixIds('<svg aria-labelledby="t d"></svg><label for="q"></label>', 'x-')).toBe(
			'<svg aria-labelledby="x-t x-d"></svg><label for="x-q"></label>',
		);
	});

	test('leaves links to other pages, and attributes that only end in "id", alone', () => {
		const html = '<a href="/articles/p3o-model/#the-hub">P3O</a><a href="https://example.org/#top">x</a><span data-id="a"></span>';
		expect(prefixIds(html, 'x-')).toBe(html);
	});
});

describe('nameSections', () => {
	test('puts the page’s name before each section’s own, and leaves other labels alone', () => {
		const html =
			'<section class="table-scroll" aria-label="Table 1"><a aria-label="Link">x</a></section><section aria-labelledby="sources">';
		expect(nameSections(html, { name: 'The P3O model', id: 'p3o--page' })).toBe(
			'<section class="table-scroll" aria-label="The P3O model: Table 1"><a aria-label="Link">x</a></section><section aria-labelledby="p3o--page sources">',
		);
	});
});
