import { defineHastPlugin } from 'satteri';

const ALIGNMENT = /^text-align:\s*(left|center|right);?$/;

/**
 * Turns a table column's alignment (`| :---: |`) into a class on each of its cells (`align-center`), styled in
 * src/styles/global.css. The compiler writes it as a style attribute, which a strict Content-Security-Policy
 * (style-src 'self') blocks, so the column lost its alignment.
 */
export function tableAlignment() {
	return () =>
		defineHastPlugin({
			name: 'pmo-kb:table-alignment',
			element: {
				filter: ['th', 'td'],
				visit(node, ctx) {
					const style = node.properties?.style;
					if (typeof style !== 'string') return;
					const alignment = ALIGNMENT.exec(style.trim());
					if (!alignment) throw new Error(`A table cell has the style "${style}", which the Content-Security-Policy would block.`);
					ctx.setProperty(node, 'style', null);
					ctx.setProperty(node, 'className', [`align-${alignment[1]}`]);
				},
			},
		});
}
