import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { placeOf } from './source-place.ts';

/**
 * The alt text an author writes for an image that is only decoration. Markdown cannot tell an empty `![]()`
 * written on purpose from a forgotten one, so the empty alt text has to be asked for in so many words. Smart
 * punctuation, on for the site, has curled the quotes by the time this plugin sees them.
 */
const DECORATIVE = new Set(['""', '“”']);

/** What is wrong with one image, or undefined when nothing is. */
function imageProblem(url: string, described: boolean, page: string | undefined): string | undefined {
	if (!described)
		return `image "${url}" has no alt text; describe what it shows between the brackets: ![A description](${url}), or write ![""](${url}) for an image that is only decoration`;
	if (URL.canParse(url))
		return `image "${url}" is on another site, which the Content-Security-Policy (img-src 'self') blocks; save it beside the page and link it relatively`;
	if (url.startsWith('/'))
		return `image "${url}" is not relative to the page, so it is not optimised; save it beside the page and write ./figures/name.png`;
	if (page && !existsSync(resolve(dirname(page), decodeURI(url))))
		return `image "${url}" does not exist (looked for ${resolve(dirname(page), decodeURI(url))})`;
	return undefined;
}

function containsImage(node: { type: string; children?: unknown[] }): boolean {
	return node.type === 'image' || (node.children ?? []).some((child) => containsImage(child as { type: string; children?: unknown[] }));
}

/**
 * Checks every image in a page before Astro optimises it: it must have alt text (or `![""]`, decoration on
 * purpose, which becomes `alt=""`) and be a file beside the page that exists. A `<Figure>` must have a caption
 * and hold an image. Every problem of the page is reported at once, each with its line, and stops the build.
 */
export function images() {
	return ({ fileURL }: PluginFactoryContext) => {
		const page = fileURL ? fileURLToPath(fileURL) : undefined;
		const problems: string[] = [];
		const report = (line: number | undefined, problem: string) => problems.push(`${placeOf(fileURL, line)}: ${problem}`);
		return defineMdastPlugin({
			name: 'pmo-kb:images',
			options: { position: true },
			image(node, ctx) {
				const decorative = DECORATIVE.has(node.alt ?? '');
				const problem = imageProblem(node.url, decorative || (node.alt ?? '').trim() !== '', page);
				if (problem) report(node.position?.start.line, problem);
				else if (decorative) ctx.setProperty(node, 'alt', '');
			},
			mdxJsxFlowElement(node) {
				if (node.name !== 'Figure') return;
				const caption = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'caption');
				if (typeof caption?.value !== 'string' || caption.value.trim() === '')
					report(node.position?.start.line, '<Figure> needs a caption="…" written as text');
				if (!containsImage(node)) {
					report(
						node.position?.start.line,
						'<Figure> holds no image; put a Markdown image inside it: ![A description](./figures/name.png)',
					);
				}
			},
			after() {
				if (problems.length) throw new Error(`${problems.length} image problem(s):\n  - ${problems.join('\n  - ')}`);
			},
		});
	};
}
