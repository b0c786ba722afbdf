import { describe, expect, test } from 'vitest';
import { indexRelated, relatedPages } from '../../src/lib/related';

const page = (url: string, tags: string[], related: string[] = []) => ({ url, title: url, tags, related });

describe('relatedPages', () => {
	const a = page('/a/', ['x', 'y'], ['/c/']);
	const b = page('/b/', ['x', 'y']);
	const c = page('/c/', []);
	const d = page('/d/', ['y']);
	const e = page('/e/', ['z']);
	const all = [a, b, c, d, e];
	const index = indexRelated(all);

	test('lists the author’s choices first, then pages by shared tags', () => {
		expect(relatedPages(a, index, 5).map((p) => p.url)).toEqual(['/c/', '/b/', '/d/']);
	});

	test('never includes the page itself, duplicates or unknown URLs, and respects the limit', () => {
		const self = page('/s/', ['x'], ['/s/', '/missing/', '/b/', '/b/']);
		const pages = [...all, self];
		const related = relatedPages(self, indexRelated(pages), 2).map((p) => p.url);
		expect(related).toEqual(['/b/', '/a/']);
	});

	test('is empty for a page with no tags and no choices', () => {
		expect(relatedPages(e, indexRelated([e]), 5)).toEqual([]);
	});
});

describe('relatedPages on a large topic', () => {
	test('keeps the same best pages as a full sort would', () => {
		const tags = ['a', 'b', 'c', 'd'];
		const pages = Array.from({ length: 300 }, (_, index) =>
			page(
				`/p${String(index).padStart(3, '0')}/`,
				tags.filter((_, bit) => (index * 7 + bit * 3) % (bit + 2) === 0),
			),
		);
		const current = page('/current/', tags);
		const all = [...pages, current];
		const expected = pages
			.map((other) => ({ other, count: other.tags.filter((tag) => tags.includes(tag)).length }))
			.filter(({ count }) => count > 0)
			.sort((x, y) => y.count - x.count || x.other.title.localeCompare(y.other.title, 'en'))
			.slice(0, 5)
			.map(({ other }) => other.url);
		expect(relatedPages(current, indexRelated(all), 5).map((p) => p.url)).toEqual(expected);
	});
});
