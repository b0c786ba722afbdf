import { defineHastPlugin } from 'satteri';
import { countWords } from '../lib/reading-time.ts';

interface AstroData {
	astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Counts the words of the rendered page and records them on the entry (`remarkPluginFrontmatter.words`),
 * where the catalog reads them for the reading time and to reject an empty page. Counting here, rather
 * than in the raw source, lets the collections drop the source text from Astro's data store.
 */
export function wordCount() {
	return () => {
		let words = 0;
		return defineHastPlugin({
			name: 'pmo-kb:word-count',
			text(node) {
				words += countWords(node.value);
			},
			after(_root, ctx) {
				const astro = ((ctx.data as AstroData).astro ??= {});
				(astro.frontmatter ??= {}).words = words;
			},
		});
	};
}
