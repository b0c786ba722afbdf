// Every URL pattern of the site lives here. Pages and components build their links with these functions, and
// the build checks every internal link against `linkTargets`, so a page added anywhere is known everywhere.

/** The root-relative URL of an article or role page. */
export function entryPath(collection: 'articles' | 'roles', id: string): string {
	return `/${collection}/${id}/`;
}

/** The page of one glossary term. */
export function glossaryTermPath(id: string): string {
	return `/glossary/${id}/`;
}

/** The page that lists a topic's pages. */
export function topicPath(id: string): string {
	return `/topics/${id}/`;
}

/** A topic's pages as one printable document. */
export function topicPrintPath(id: string): string {
	return `${topicPath(id)}print/`;
}

/** Whether a page path is a topic's print view (`/topics/<id>/print/`), which repeats pages that have addresses of their own. */
export function isPrintView(path: string): boolean {
	return /\/topics\/[^/]+\/print\/$/.test(path);
}

/** Whether the sitemap lists a page: not the 404 page, which answers unknown URLs without an address of its own, nor a print view. */
export function inSitemap(path: string): boolean {
	return !path.endsWith('/404/') && !isPrintView(path);
}

/** The page that lists the pages carrying a tag. */
export function tagPath(tag: string): string {
	return `/tags/${tag}/`;
}

/** A toolkit template as a CSV download. */
export function toolkitCsvPath(id: string): string {
	return `/toolkits/${id}.csv`;
}

/** The page of one browser tool. */
export function toolPath(id: string): string {
	return `/tools/${id}/`;
}

/** The page a link leads to: its path without query or fragment; a glossary anchor stands for the term's page. */
export function linkTarget(href: string): string {
	const [beforeHash = '', hash = ''] = href.split('#', 2);
	const path = beforeHash.split('?', 1)[0]!;
	return path === '/glossary/' && hash ? glossaryTermPath(hash) : path;
}

/**
 * The URL a file under `src/pages/` builds, given its path from that folder (`about/health.astro` gives
 * `/about/health/`); undefined for a dynamic route (its entries are listed from the collections), an endpoint
 * (`.ts`), and the 404 page, which no link should lead to.
 */
export function staticRoutePath(file: string): string | undefined {
	const match = /^(.*?)(?:index)?\.astro$/.exec(file);
	// Astro builds no route from a file or folder whose name starts with an underscore.
	if (!match || file.includes('[') || file === '404.astro' || /(^|\/)_/.test(file)) return undefined;
	const path = match[1]!.replace(/\/$/, '');
	return path ? `/${path}/` : '/';
}

/** What the site is built from, as far as its URLs go. */
export interface SiteRoutes {
	/** Files under `src/pages/`, relative to that folder. */
	pageFiles: readonly string[];
	/** Article and role pages, by URL, with the ids of the headings each can be linked to. */
	pages: ReadonlyMap<string, readonly string[]>;
	glossaryIds: readonly string[];
	toolkitIds: readonly string[];
	toolIds: readonly string[];
	topicIds: readonly string[];
	tags: readonly string[];
}

/** Every URL an internal link may lead to, with the fragment ids valid on it. */
export function linkTargets(site: SiteRoutes): Map<string, Set<string>> {
	const targets = new Map<string, Set<string>>();
	for (const file of site.pageFiles) {
		const path = staticRoutePath(file);
		if (path) targets.set(path, new Set());
	}
	for (const [url, headings] of site.pages) targets.set(url, new Set(headings));
	// The glossary index gives each term an anchor, so `/glossary/#raid` is a valid link too.
	targets.set('/glossary/', new Set(site.glossaryIds));
	for (const id of site.glossaryIds) targets.set(glossaryTermPath(id), new Set());
	for (const id of site.toolkitIds) targets.set(toolkitCsvPath(id), new Set());
	for (const id of site.toolIds) targets.set(toolPath(id), new Set());
	for (const id of site.topicIds) {
		targets.set(topicPath(id), new Set());
		targets.set(topicPrintPath(id), new Set());
	}
	for (const tag of site.tags) targets.set(tagPath(tag), new Set());
	return targets;
}
