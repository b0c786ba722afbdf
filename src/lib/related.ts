/** What the related-pages ranking needs to know about a page. */
export interface Relatable {
	url: string;
	title: string;
	tags: readonly string[];
	/** URLs the author listed as related, in their order. */
	related: readonly string[];
}

/** Indexes pages by tag, once per build, for `relatedPages`. */
export function indexByTag<T extends Relatable>(pages: readonly T[]): Map<string, T[]> {
	const byTag = new Map<string, T[]>();
	for (const page of pages) {
		for (const tag of page.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), page]);
	}
	return byTag;
}

/**
 * The pages to suggest after `page`: the ones its author listed first, then those sharing the most tags
 * (ties broken by title), never the page itself, at most `limit`.
 */
export function relatedPages<T extends Relatable>(page: T, byUrl: ReadonlyMap<string, T>, byTag: ReadonlyMap<string, readonly T[]>, limit: number): T[] {
	const chosen = page.related.map((url) => byUrl.get(url)).filter((other): other is T => other !== undefined && other !== page);
	const shared = new Map<T, number>();
	for (const tag of page.tags) {
		for (const other of byTag.get(tag) ?? []) {
			if (other !== page && !chosen.includes(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
		}
	}
	const byTags = [...shared].sort(([a, countA], [b, countB]) => countB - countA || a.title.localeCompare(b.title, 'en')).map(([other]) => other);
	return [...new Set(chosen)].concat(byTags).slice(0, limit);
}
