import { defineHastPlugin } from 'satteri';
import { withBase } from '../lib/urls';

interface AstroData {
	astro?: { frontmatter?: Record<string, unknown> };
}

/** Links to other sites, and footnote references (`#user-content-fn-1`), which are generated, not written. */
function isExternal(href: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#user-content-');
}

/**
 * Authors write links root-relative (`/articles/p3o-model/`), whatever the host's base path. This plugin
 * prefixes them with the base path and records every internal href on the entry, where the catalog reads
 * them (`remarkPluginFrontmatter.internalLinks`) to check them and to compute backlinks.
 */
export function internalLinks({ base }: { base: string }) {
	return () => {
		const links: string[] = [];
		return defineHastPlugin({
			name: 'pmo-kb:internal-links',
			element: {
				filter: ['a'],
				visit(node, ctx) {
					const href = node.properties?.href;
					if (typeof href !== 'string' || isExternal(href)) return;
					links.push(href);
					if (href.startsWith('/')) ctx.setProperty(node, 'href', withBase(base, href));
				},
			},
			after(_root, ctx) {
				const astro = ((ctx.data as AstroData).astro ??= {});
				(astro.frontmatter ??= {}).internalLinks = links;
			},
		});
	};
}
