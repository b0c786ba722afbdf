import { REPOSITORY_URL, TOPICS } from '../consts';
import { navWindow, neighbours } from '../lib/navigation';
import { readingMinutes } from '../lib/reading-time';
import { entryPath } from '../lib/routes';
import { indexRelated, type Relatable, type RelatedIndex, relatedPages } from '../lib/related';
import { type Catalog, type Page, pageUrl, topicOf, updatedOf } from './catalog';

/** How many of its topic's pages a page's navigation lists, whatever the size of the topic. */
const NAV_SIZE = 15;
const RELATED_LIMIT = 5;

/** Everything around a page's content: where it sits, what comes before and after, what relates to it. */
export interface PageContext {
	topic: (typeof TOPICS)[number];
	/** A window of the topic's pages around this one, and the topic's size. */
	nav: { pages: Page[]; total: number };
	prev: Page | undefined;
	next: Page | undefined;
	related: Page[];
	referencedBy: Page[];
	updated: Date | undefined;
	minutes: number;
	editUrl: string | undefined;
}

type RelatablePage = Relatable & { page: Page };

const relatedIndexes = new WeakMap<Catalog, RelatedIndex<RelatablePage>>();

function relatedIndex(catalog: Catalog): RelatedIndex<RelatablePage> {
	let index = relatedIndexes.get(catalog);
	if (!index) {
		const items = [...catalog.pagesByUrl.values()].map((page) => ({
			page,
			url: pageUrl(page),
			title: page.data.title,
			tags: page.data.tags,
			related: page.data.related.map((ref) => entryPath('articles', ref.id)),
		}));
		index = indexRelated(items);
		relatedIndexes.set(catalog, index);
	}
	return index;
}

/** Works out a page's navigation, neighbours, related pages, backlinks and page furniture. */
export function pageContext(catalog: Catalog, page: Page): PageContext {
	const url = pageUrl(page);
	const topicId = topicOf(page);
	const inTopic = catalog.topicPages.get(topicId) ?? [];
	const position = inTopic.indexOf(page);
	const related = relatedIndex(catalog);
	return {
		topic: TOPICS.find((topic) => topic.id === topicId)!,
		nav: { pages: navWindow(inTopic, position, NAV_SIZE).pages, total: inTopic.length },
		...neighbours(inTopic, position),
		related: relatedPages(related.byUrl.get(url)!, related, RELATED_LIMIT).map((item) => item.page),
		referencedBy: (catalog.backlinks.get(url) ?? []).flatMap((source) => catalog.pagesByUrl.get(source) ?? []),
		updated: updatedOf(page),
		minutes: readingMinutes(catalog.wordsByUrl.get(url) ?? 0),
		editUrl: page.filePath ? `${REPOSITORY_URL}/edit/main/${page.filePath}` : undefined,
	};
}
