import { defineHastPlugin } from 'satteri';
import { withBase } from '../lib/urls.ts';

interface AstroData {
	astro?: { frontmatter?: Record<string, unknown> };
}

/** Links to other sites: with a scheme (`https:`, `mailto:`) or protocol-relative. */
const isExternal = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');

/** Footnote references (`#user-content-fn-1`), which the compiler generates: no author wrote them. */
const isFootnote = (href: string) => href.startsWith('#user-content-');

/**
 * Authors write links root-relative (`/articles/p3o-model/`), whatever the host's base path. This plugin
 * prefixes them with the base path and records every internal href on the entry, where the catalog reads
 * them (`remarkPluginFrontmatter.internalLinks`) to check them and to compute backlinks. Links to other
 * sites are recorded apart (`externalLinks`), for the content health report's address check.
 */
export function internalLinks({ base }: { base: string }) {
	return () => {
		const links: string[] = [];
		const externalLinks: string[] = [];
		return defineHastPlugin({
			name: 'pmo-kb:internal-links',
			element: {
				filter: ['a'],
				visit(node, ctx) {
					const href = node.properties?.href;
					if (typeof href !== 'string' || isFootnote(href)) return;
					if (isExternal(href)) {
						externalLinks.push(href);
						return;
					}
					links.push(href);
					if (href.startsWith('/')) ctx.setProperty(node, 'href', withBase(base, href));
				},
			},
			after(_root, ctx) {
				const astro = ((ctx.data as AstroData).astro ??= {});
				Object.assign((astro.frontmatter ??= {}), { internalLinks: links, externalLinks });
			},
		});
	};
}
