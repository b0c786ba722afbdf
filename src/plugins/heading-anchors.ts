import type { Element, ElementContent } from 'hast';
import type { Options } from 'rehype-autolink-headings';

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * Options for rehype-autolink-headings: a "#" link after each h2–h4, named for screen readers, with heading
 * and link wrapped together so that they can be laid out side by side.
 */
export const headingAnchors: Options = {
	behavior: 'after',
	test: ['h2', 'h3', 'h4'],
	properties: (heading: Element) => ({
		className: ['heading-anchor'],
		ariaLabel: `Link to this section: ${heading.children.map(textOf).join('').trim()}`,
	}),
	content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
	group: { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper'] }, children: [] },
};
