/** Prefixes a root-relative site path (`/articles/x/`) with the base path (`/kb/`). */
export function withBase(base: string, path: string): string {
	if (!path.startsWith('/')) throw new Error(`Expected a root-relative path, got "${path}".`);
	return base.replace(/\/$/, '') + path;
}
