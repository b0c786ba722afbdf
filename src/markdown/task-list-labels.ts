import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

/** The item's checkbox: its first child, or the first child of its paragraph when the list is loose. */
function checkboxOf(item: Element): Element | undefined {
	const [first] = item.children.filter((child): child is Element => child.type === 'element');
	if (first?.tagName === 'input') return first;
	if (first?.tagName === 'p') return checkboxOf(first);
	return undefined;
}

/**
 * Names the checkbox of each task-list item after the item's text. GitHub-flavoured Markdown renders
 * `- [ ] Step` as a bare disabled checkbox, which screen readers announce as an unlabelled control (axe's
 * "label" rule); the name lets them read the step with its state.
 */
export function taskListLabels() {
	return () =>
		defineHastPlugin({
			name: 'pmo-kb:task-list-labels',
			element: {
				filter: ['li'],
				visit(node, ctx) {
					const classes = node.properties?.className;
					if (!Array.isArray(classes) || !classes.includes('task-list-item')) return;
					const checkbox = checkboxOf(node as Element);
					// The item's own text: a nested list's tasks are named by their own checkboxes.
					const text = (node as Element).children
						.filter((child) => !(child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')))
						.map((child) => ctx.textContent(child))
						.join('')
						.trim();
					if (checkbox) ctx.setProperty(checkbox as ElementContent & Element, 'ariaLabel', text);
				},
			},
		});
}
