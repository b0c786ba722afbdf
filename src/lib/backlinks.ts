import { linkTarget } from './routes.ts';

/** Inverts "page → links it contains" into "page → pages that link to it", ignoring links to self. */
export function buildBacklinks(linksByUrl: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
	const backlinks = new Map<string, string[]>();
	for (const [source, hrefs] of linksByUrl) {
		for (const target of new Set(hrefs.map(linkTarget))) {
			if (!target || target === source) continue;
			const sources = backlinks.get(target) ?? [];
			sources.push(source);
			backlinks.set(target, sources);
		}
	}
	return backlinks;
}
