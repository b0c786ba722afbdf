import Slugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

const ANCHORED = new Set(['h2', 'h3', 'h4']);

/**
 * Gives every heading its id (the GitHub-style slug Astro itself would give it, so that Astro keeps it), and
 * puts a "#" link after each h2–h4, named for screen readers, with heading and link wrapped together.
 */
export function headingAnchors() {
	return () => {
		const slugger = new Slugger();
		return defineHastPlugin({
			name: 'pmo-kb:heading-anchors',
			element: {
				filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
				visit(node, ctx) {
					const text = ctx.textContent(node).trim();
					const existing = node.properties?.id;
					const id = typeof existing === 'string' ? existing : slugger.slug(text);
					ctx.setProperty(node, 'id', id);
					// Visually hidden headings, such as the footnotes' label, get no visible link.
					const classes = node.properties?.className;
					if (!ANCHORED.has(node.tagName) || (Array.isArray(classes) && classes.includes('sr-only'))) return;
					ctx.wrapNode(node, {
						type: 'element',
						tagName: 'div',
						properties: { className: ['heading-wrapper'] },
						children: [
							{
								type: 'element',
								tagName: 'a',
								// Kept out of the search index, where each "#" showed in the excerpts as a stray character.
								properties: {
									className: ['heading-anchor'],
									href: `#${id}`,
									ariaLabel: `Link to this section: ${text}`,
									dataPagefindIgnore: '',
								},
								children: [
									{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
								],
							},
						],
					});
				},
			},
		});
	};
}
