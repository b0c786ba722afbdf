import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

interface AstroVFileData {
	astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Authors write links root-relative (`/articles/p3o-model/`), whatever the host's base path. This plugin
 * prefixes them with the base path and records every internal href on the entry, where the catalog reads
 * them (`remarkPluginFrontmatter.internalLinks`) to check them and to compute backlinks.
 */
export function rehypeInternalLinks({ base }: { base: string }) {
	return (tree: Root, file: { data: AstroVFileData }) => {
		const links: string[] = [];
		visit(tree, 'element', (node: Element) => {
			const href = node.tagName === 'a' ? node.properties.href : undefined;
			if (typeof href !== 'string' || isExternal(href)) return;
			links.push(href);
			if (href.startsWith('/')) node.properties.href = withBase(base, href);
		});
		const astro = (file.data.astro ??= {});
		(astro.frontmatter ??= {}).internalLinks = links;
	};
}

/** Footnote references (`#user-content-fn-1`) are generated, not written, so they are not checked. */
function isExternal(href: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#user-content-');
}
