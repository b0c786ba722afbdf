import { defineMdastPlugin } from 'satteri';
import { placeOf } from './source-place.ts';

/** The callout kinds an author may write as `:::name`, with the label each is announced and titled by. */
const CALLOUTS = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' } as const;

const EXPECTED = `expected a callout: ${Object.keys(CALLOUTS)
	.map((name) => `:::${name}`)
	.join(', ')}`;

/**
 * Renders `:::note`, `:::tip`, `:::caution` and `:::danger` blocks, with an optional title (`:::tip[Before you
 * start]`), as an `<aside>` named for screen readers. The compiler drops a directive no plugin handles, so any
 * other name stops the build instead of losing the block. With directives on, the compiler also reads the
 * colon in prose such as "3:1" or "12:30" as a text directive; a bare one like that is put back as the text it
 * was, and one with a label or attributes (`:kbd[Ctrl]`), which only a directive would have, stops the build.
 */
export function callouts() {
	return defineMdastPlugin({
		name: 'pmo-kb:callouts',
		options: { position: true },
		containerDirective(node, ctx) {
			const label = CALLOUTS[node.name as keyof typeof CALLOUTS];
			if (!label) {
				throw new Error(`${placeOf(ctx.fileURL, node.position?.start.line)}: unknown directive ":::${node.name}"; ${EXPECTED}`);
			}
			const [first, ...rest] = node.children;
			const title = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
			const titleText = title ? ctx.textContent(title).trim() : '';
			ctx.replaceNode(node, {
				type: 'callout',
				data: {
					hName: 'aside',
					hProperties: { className: ['callout', `callout-${node.name}`], ariaLabel: titleText ? `${label}: ${titleText}` : label },
				},
				children: [
					{
						type: 'paragraph',
						data: { hProperties: { className: ['callout-title'] } },
						children: title ? title.children : [{ type: 'text', value: label }],
					},
					...(title ? rest : node.children),
				],
			});
		},
		leafDirective(node, ctx) {
			throw new Error(`${placeOf(ctx.fileURL, node.position?.start.line)}: unknown directive "::${node.name}"; ${EXPECTED}`);
		},
		textDirective(node, ctx) {
			const { start, end } = node.position!;
			const written = ctx.source.slice(start.offset, end.offset);
			if (written !== `:${node.name}`) {
				throw new Error(`${placeOf(ctx.fileURL, start.line)}: unknown directive "${written}"; ${EXPECTED}`);
			}
			ctx.replaceNode(node, { type: 'text', value: written });
		},
	});
}
