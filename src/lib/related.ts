/** What the related-pages ranking needs to know about a page. */
export interface Relatable {
	url: string;
	title: string;
	tags: readonly string[];
	/** URLs the author listed as related, in their order. */
	related: readonly string[];
}

const byTitle = new Intl.Collator('en').compare;

/** Indexes pages by tag, once per build, for `relatedPages`. */
export function indexByTag<T extends Relatable>(pages: readonly T[]): Map<string, T[]> {
	const byTag = new Map<string, T[]>();
	for (const page of pages) {
		for (const tag of page.tags) {
			const tagged = byTag.get(tag);
			if (tagged) tagged.push(page);
			else byTag.set(tag, [page]);
		}
	}
	return byTag;
}

/**
 * The pages to suggest after `page`: the ones its author listed first, then those sharing the most tags
 * (ties broken by title), never the page itself, at most `limit`.
 */
export function relatedPages<T extends Relatable>(page: T, byUrl: ReadonlyMap<string, T>, byTag: ReadonlyMap<string, readonly T[]>, limit: number): T[] {
	const chosen = [
		...new Set(page.related.map((url) => byUrl.get(url)).filter((other): other is T => other !== undefined && other !== page)),
	].slice(0, limit);
	const shared = new Map<T, number>();
	for (const tag of page.tags) {
		for (const other of byTag.get(tag) ?? []) {
			if (other !== page && !chosen.includes(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
		}
	}
	// Keep only the best few while counting: a large topic shares tags with thousands of pages, and sorting
	// them all for every page made this the slowest part of a 5,000-page build.
	const best: Array<[T, number]> = [];
	const wanted = limit - chosen.length;
	for (const candidate of shared) {
		const at = best.findIndex(([other, count]) => candidate[1] > count || (candidate[1] === count && byTitle(candidate[0].title, other.title) < 0));
		if (at !== -1) best.splice(at, 0, candidate);
		else if (best.length < wanted) best.push(candidate);
		if (best.length > wanted) best.pop();
	}
	return [...chosen, ...best.map(([other]) => other)];
}
