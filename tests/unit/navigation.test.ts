import { describe, expect, test } from 'vitest';
import { navWindow, neighbours, sortByLevel, sortByOrder } from '../../src/lib/navigation';

const page = (title: string, order: number) => ({ data: { title, order } });

describe('sortByOrder', () => {
	test('sorts by order, then by title, without changing the input', () => {
		const pages = [page('B', 2), page('Z', 1), page('A', 2)];
		expect(sortByOrder(pages).map((p) => p.data.title)).toEqual(['Z', 'A', 'B']);
		expect(pages.map((p) => p.data.title)).toEqual(['B', 'Z', 'A']);
	});
});

describe('navWindow', () => {
	const pages = Array.from({ length: 100 }, (_, index) => index);

	test('lists a small topic whole', () => {
		expect(navWindow([1, 2, 3], 1, 10)).toEqual({ pages: [1, 2, 3], start: 0 });
	});

	test('centres the window on the current page and clamps it at both ends', () => {
		expect(navWindow(pages, 50, 10)).toEqual({ pages: pages.slice(45, 55), start: 45 });
		expect(navWindow(pages, 2, 10).start).toBe(0);
		expect(navWindow(pages, 99, 10)).toEqual({ pages: pages.slice(90), start: 90 });
	});
});

describe('neighbours', () => {
	test('gives the previous and next page, or undefined at the ends', () => {
		expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ prev: 'a', next: 'c' });
		expect(neighbours(['a', 'b'], 0)).toEqual({ prev: undefined, next: 'b' });
		expect(neighbours(['a', 'b'], 1)).toEqual({ prev: 'a', next: undefined });
	});
});

describe('sortByLevel', () => {
	test('sorts roles by career level, then by title, without changing the input', () => {
		const roles = [
			{ data: { level: 3, title: 'PMO Manager' } },
			{ data: { level: 2, title: 'Risk Manager' } },
			{ data: { level: 2, title: 'PMO Analyst' } },
		];
		expect(sortByLevel(roles).map((role) => role.data.title)).toEqual(['PMO Analyst', 'Risk Manager', 'PMO Manager']);
		expect(roles[0]!.data.title).toBe('PMO Manager');
	});
});
