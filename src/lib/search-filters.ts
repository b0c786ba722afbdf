import { pageKind, topicLabel } from '../consts.ts';

/** What the search filters need to know about a page. */
export interface FilterablePage {
	collection: 'articles' | 'roles';
	topic: string;
	/** The career levels the page serves: an article's audience, or a role's own level. */
	levels: readonly number[];
	/** A role's tier; articles have none. */
	tier?: string | undefined;
}

/**
 * The Pagefind filters of a page, by filter name. The built site's index and the index `astro dev` serves
 * both take them from here, so that search filters the same way in both.
 */
export function searchFilters(page: FilterablePage): Record<string, string[]> {
	return {
		type: [pageKind(page.collection, page.topic)],
		topic: [topicLabel(page.topic)],
		level: page.levels.map((level) => `Level ${level}`),
		...(page.tier && { tier: [`${page.tier[0]!.toUpperCase()}${page.tier.slice(1)}`] }),
	};
}
