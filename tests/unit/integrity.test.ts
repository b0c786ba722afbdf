import { describe, expect, test } from 'vitest';
import { findBrokenLinks, findDanglingReferences, findReferences } from '../../src/lib/integrity';

const targets = new Map([
	['/articles/a/', new Set(['intro', 'café'])],
	['/articles/b/', new Set<string>()],
	['/search/', new Set<string>()],
]);

const page = (links: string[]) => [{ file: 'content/articles/a.mdx', url: '/articles/a/', links }];

describe('findBrokenLinks', () => {
	test('accepts links to pages, anchors, same-page anchors and queries', () => {
		expect(
			findBrokenLinks(page(['/articles/b/', '/articles/a/#intro', '#intro', '/search/?q=pmo', '/articles/a/#caf%C3%A9']), targets),
		).toEqual([]);
	});

	test('names the file and the link for a missing page', () => {
		expect(findBrokenLinks(page(['/articles/zzz/']), targets)).toEqual([
			'content/articles/a.mdx: broken link "/articles/zzz/": no page has the URL /articles/zzz/.',
		]);
	});

	test('gives the line of the link when the text is known', () => {
		const [source] = page(['/articles/zzz/']);
		expect(findBrokenLinks([{ ...source!, text: '---\ntitle: A\n---\n\nSee [z](/articles/zzz/).\n' }], targets)[0]).toMatch(
			/^content\/articles\/a\.mdx:5: broken link/,
		);
	});

	test('suggests the trailing slash', () => {
		expect(findBrokenLinks(page(['/articles/b']), targets)[0]).toContain('use "/articles/b/"');
	});

	test('reports a missing anchor, on another page or the same one', () => {
		expect(findBrokenLinks(page(['/articles/b/#nope', '#nope']), targets)).toHaveLength(2);
	});

	test('rejects relative links', () => {
		expect(findBrokenLinks(page(['../b/']), targets)[0]).toContain('root-relative');
	});
});

describe('findReferences', () => {
	test('finds references at any depth with their field path', () => {
		const data = {
			related: [{ collection: 'articles', id: 'x' }],
			job_titles: [{ title: 'A', role: { collection: 'roles', id: 'r' } }],
			updated: new Date(0),
		};
		expect(findReferences(data)).toEqual([
			{ collection: 'articles', id: 'x', field: 'related[0]' },
			{ collection: 'roles', id: 'r', field: 'job_titles[0].role' },
		]);
	});
});

describe('findDanglingReferences', () => {
	test('reports only references to missing entries', () => {
		const entries = [
			{
				file: 'f.mdx',
				data: {
					related: [
						{ collection: 'articles', id: 'ok' },
						{ collection: 'articles', id: 'gone' },
					],
				},
			},
		];
		expect(findDanglingReferences(entries, ({ id }) => id === 'ok')).toEqual([
			'f.mdx: related[1] refers to "gone", which is not an entry of the articles collection; expected the id of one (its file name without the extension, or its slug).',
		]);
	});

	test('gives the line of the field, from where the entry starts in a YAML list', () => {
		const text = '- id: a\n  see_also: [b]\n- id: c\n  term: C\n  see_also: [gone]\n';
		const entries = [{ file: 'g.yaml', data: { see_also: [{ collection: 'glossary', id: 'gone' }] }, text, start: 3 }];
		expect(findDanglingReferences(entries, () => false)[0]).toMatch(/^g\.yaml:5: see_also\[0\] refers to "gone"/);
	});
});
