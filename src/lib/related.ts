/** What the related-pages ranking needs to know about a page. */
export interface Relatable {
	url: string;
	title: string;
	tags: readonly string[];
	/** URLs the author listed as related, in their order. */
	related: readonly string[];
}

/** Every page numbered in title order, with the numbers of the pages carrying each tag: built once per build. */
export interface RelatedIndex<T extends Relatable> {
	pages: readonly T[];
	rank: ReadonlyMap<T, number>;
	byUrl: ReadonlyMap<string, T>;
	byTag: ReadonlyMap<string, readonly number[]>;
}

const byTitle = new Intl.Collator('en').compare;

/** Indexes pages for `relatedPages`. */
export function indexRelated<T extends Relatable>(pages: readonly T[]): RelatedIndex<T> {
	const ordered = [...pages].sort((a, b) => byTitle(a.title, b.title) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	const byTag = new Map<string, number[]>();
	for (const [rank, page] of ordered.entries()) {
		for (const tag of new Set(page.tags)) {
			const tagged = byTag.get(tag);
			if (tagged) tagged.push(rank);
			else byTag.set(tag, [rank]);
		}
	}
	return {
		pages: ordered,
		rank: new Map(ordered.map((page, rank) => [page, rank])),
		byUrl: new Map(ordered.map((page) => [page.url, page])),
		byTag,
	};
}

/**
 * The pages to suggest after `page`: the ones its author listed first, then those sharing the most tags
 * (ties broken by title), never the page itself, at most `limit`.
 */
export function relatedPages<T extends Relatable>(page: T, index: RelatedIndex<T>, limit: number): T[] {
	const chosen = [
		...new Set(page.related.map((url) => index.byUrl.get(url)).filter((other): other is T => other !== undefined && other !== page)),
	].slice(0, limit);
	const wanted = limit - chosen.length;
	if (wanted <= 0) return chosen;
	const excluded = new Set([page, ...chosen].map((other) => index.rank.get(other)));
	// Pages are counted by number in a flat array, and only the best few are kept while scanning: a large
	// topic shares tags with thousands of pages, and sorting them all for every page dominated the build.
	const shared = new Uint16Array(index.pages.length);
	const candidates: number[] = [];
	for (const tag of new Set(page.tags)) {
		for (const rank of index.byTag.get(tag) ?? []) {
			if (shared[rank]++ === 0 && !excluded.has(rank)) candidates.push(rank);
		}
	}
	// A lower number means an earlier title, so it wins a tie.
	const beats = (a: number, b: number) => shared[a]! > shared[b]! || (shared[a] === shared[b] && a < b);
	const best: number[] = [];
	for (const rank of candidates) {
		if (best.length === wanted && !beats(rank, best[wanted - 1]!)) continue;
		let at = best.length;
		while (at > 0 && beats(rank, best[at - 1]!)) at--;
		best.splice(at, 0, rank);
		if (best.length > wanted) best.pop();
	}
	return [...chosen, ...best.map((rank) => index.pages[rank]!)];
}
