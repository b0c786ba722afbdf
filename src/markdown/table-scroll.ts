import { defineHastPlugin } from 'satteri';

/**
 * Wraps each table in a section that scrolls sideways on narrow screens. The section is focusable and named
 * (which makes it a region landmark), so keyboard users can scroll it too.
 */
export function tableScroll() {
	return () => {
		let count = 0;
		return defineHastPlugin({
			name: 'pmo-kb:table-scroll',
			element: {
				filter: ['table'],
				visit(node, ctx) {
					count += 1;
					ctx.wrapNode(node, {
						type: 'element',
						tagName: 'section',
						properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table ${count}` },
						children: [],
					});
				},
			},
		});
	};
}
