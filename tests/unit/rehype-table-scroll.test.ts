import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeTableScroll } from '../../src/plugins/rehype-table-scroll';

const table = { type: 'element' as const, tagName: 'table', properties: {}, children: [] };

describe('rehypeTableScroll', () => {
	test('wraps every table, once, in a focusable, named section', () => {
		const tree: Root = { type: 'root', children: [table, { type: 'element', tagName: 'section', properties: {}, children: [table] }] };
		rehypeTableScroll()(tree);
		expect(tree.children[0]).toMatchObject({ tagName: 'section', properties: { tabIndex: 0, ariaLabel: 'Table 1' }, children: [table] });
		expect(tree.children[1]).toMatchObject({ children: [{ tagName: 'section', properties: { ariaLabel: 'Table 2' }, children: [table] }] });
	});
});
