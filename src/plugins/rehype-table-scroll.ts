import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Wraps each table in a section that scrolls sideways on narrow screens. The section is focusable and named
 * (which makes it a region landmark), so keyboard users can scroll it too.
 */
export function rehypeTableScroll() {
	return (tree: Root) => {
		let count = 0;
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			count += 1;
			parent.children[index] = {
				type: 'element',
				tagName: 'section',
				properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table ${count}` },
				children: [node],
			};
			return 'skip';
		});
	};
}
