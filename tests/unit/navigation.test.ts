import { describe, expect, test } from 'vitest';
import { groupByTopic, sortByOrder } from '../../src/lib/navigation';

const page = (title: string, order: number, topic = 'structures') => ({ data: { title, order, topic } });

describe('sortByOrder', () => {
	test('sorts by order, then by title, without changing the input', () => {
		const pages = [page('B', 2), page('Z', 1), page('A', 2)];
		expect(sortByOrder(pages).map((p) => p.data.title)).toEqual(['Z', 'A', 'B']);
		expect(pages.map((p) => p.data.title)).toEqual(['B', 'Z', 'A']);
	});
});

describe('groupByTopic', () => {
	test('keeps the topic order and includes empty topics', () => {
		const groups = groupByTopic([page('P', 1, 'practices'), page('S', 1)], ['structures', 'roles', 'practices']);
		expect([...groups.keys()]).toEqual(['structures', 'roles', 'practices']);
		expect(groups.get('roles')).toEqual([]);
		expect(groups.get('practices')?.[0]?.data.title).toBe('P');
	});
});
