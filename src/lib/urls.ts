/** Prefixes a root-relative site path (`/articles/x/`) with the base path (`/kb/`). */
export function withBase(base: string, path: string): string {
	if (!path.startsWith('/')) throw new Error(`Expected a root-relative path, got "${path}".`);
	return base.replace(/\/$/, '') + path;
}

/** The root-relative URL of a collection entry's page. */
export function entryPath(collection: 'articles' | 'roles', id: string): string {
	return `/${collection}/${id}/`;
}

/** Whether a page path is a topic's print view (`/topics/<id>/print/`), which repeats pages that have addresses of their own. */
export function isPrintView(path: string): boolean {
	return /\/topics\/[^/]+\/print\/$/.test(path);
}

/** Whether the sitemap lists a page: not the 404 page, which answers unknown URLs without an address of its own, nor a print view. */
export function inSitemap(path: string): boolean {
	return !path.endsWith('/404/') && !isPrintView(path);
}
