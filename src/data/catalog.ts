import { type CollectionEntry, getCollection, render } from 'astro:content';
import { TOPICS, type TopicId } from '../consts';
import { buildBacklinks } from '../lib/backlinks';
import { glossaryProblems } from '../lib/glossary';
import { findBrokenLinks, findDanglingReferences, type LinkSource } from '../lib/integrity';
import { sortByLevel, sortByOrder } from '../lib/navigation';
import { entryPath, linkTargets } from '../lib/routes';
import { listItemLine } from '../lib/schema-messages';
import { isoDate } from '../lib/dates';
import { lastCommitDate } from './git-dates';
import { readFileSync } from 'node:fs';

type Article = CollectionEntry<'articles'>;
export type Role = CollectionEntry<'roles'>;
export type Page = Article | Role;

/** Everything the routes need, loaded once per build and checked for integrity. */
export interface Catalog {
	articles: Article[];
	roles: Role[];
	glossary: CollectionEntry<'glossary'>[];
	levels: CollectionEntry<'levels'>[];
	toolkits: CollectionEntry<'toolkits'>[];
	/** The browser tools, in the order of the tools index. */
	tools: CollectionEntry<'tools'>[];
	/** Internal hrefs written in each page's content, keyed by page URL. */
	linksByUrl: Map<string, string[]>;
	/** The number of words in each page's content, keyed by page URL. */
	wordsByUrl: Map<string, number>;
	/** URLs of the pages whose content links to each URL. */
	backlinks: Map<string, string[]>;
	/** Every page by URL. */
	pagesByUrl: Map<string, Page>;
	/** Each topic's pages in reading order; the roles topic ends with the role pages, by career level. */
	topicPages: Map<TopicId, Page[]>;
}

/** The route files under src/pages, so that a page added there is a link target with no list to update. */
const PAGE_FILES = Object.keys(import.meta.glob('../pages/**/*.astro')).map((file) => file.replace('../pages/', ''));

let loading: Promise<Catalog> | undefined;

/** Loads every collection once and throws, naming each file, if any reference or internal link is broken. */
export function loadCatalog(): Promise<Catalog> {
	loading ??= buildCatalog();
	return loading;
}

async function buildCatalog(): Promise<Catalog> {
	const [articles, roles, glossary, levels, toolkits, unsortedTools] = await Promise.all([
		getCollection('articles', ({ data }) => !data.draft),
		getCollection('roles', ({ data }) => !data.draft),
		getCollection('glossary'),
		getCollection('levels'),
		getCollection('toolkits'),
		getCollection('tools'),
	]);
	const tools = sortByOrder(unsortedTools);
	const pages: Page[] = [...articles, ...roles];
	const rendered = await Promise.all(pages.map((page) => render(page)));

	const sources: LinkSource[] = [];
	const wordsByUrl = new Map<string, number>();
	const headingsByUrl = new Map<string, string[]>();
	pages.forEach((page, index) => {
		const url = pageUrl(page);
		const { headings, remarkPluginFrontmatter } = rendered[index]!;
		headingsByUrl.set(
			url,
			headings.map((heading) => heading.slug),
		);
		sources.push({ ...located(page), url, links: (remarkPluginFrontmatter.internalLinks as string[]) ?? [] });
		wordsByUrl.set(url, (remarkPluginFrontmatter.words as number) ?? 0);
	});
	const targets = linkTargets({
		pageFiles: PAGE_FILES,
		pages: headingsByUrl,
		glossaryIds: glossary.map((entry) => entry.id),
		toolkitIds: toolkits.map((toolkit) => toolkit.id),
		toolIds: tools.map((tool) => tool.id),
		topicIds: TOPICS.map((topic) => topic.id),
		tags: [...new Set(pages.flatMap((page) => page.data.tags))],
	});
	for (const entry of glossary) {
		if (entry.data.page) sources.push({ ...located(entry), url: '/glossary/', links: [entry.data.page] });
	}

	const ids = new Map<string, Set<string>>(
		Object.entries({ articles, roles, glossary, levels, toolkits, tools }).map(([name, entries]) => [
			name,
			new Set(entries.map((entry: { id: string }) => entry.id)),
		]),
	);
	const problems = [
		...findDanglingReferences(
			[...pages, ...glossary, ...levels, ...toolkits, ...tools].map((entry) => ({ ...located(entry), data: entry.data })),
			({ collection, id }) => ids.get(collection)?.has(id) ?? false,
		),
		...findBrokenLinks(sources, targets),
		...glossaryProblems(glossary.map((entry) => ({ file: fileOf(entry), ...entry.data }))),
		...pages
			.filter((page) => !wordsByUrl.get(pageUrl(page)))
			.map((page) => `${fileOf(page)}: the page has no body text; expected the page's text below the frontmatter's closing ---.`),
	];
	if (problems.length) {
		throw new Error(`The content has ${problems.length} integrity problem(s):\n  - ${problems.join('\n  - ')}`);
	}
	const linksByUrl = new Map(sources.map((source) => [source.url, [...source.links]]));
	const byLevel = sortByLevel(roles);
	const topicPages = new Map<TopicId, Page[]>(
		TOPICS.map(({ id }) => {
			const inTopic: Page[] = sortByOrder(articles.filter((article) => article.data.topic === id));
			return [id, id === 'roles' ? [...inTopic, ...byLevel] : inTopic];
		}),
	);
	return {
		articles,
		roles,
		glossary,
		levels,
		toolkits,
		tools,
		linksByUrl,
		wordsByUrl,
		backlinks: buildBacklinks(linksByUrl),
		pagesByUrl: new Map(pages.map((page) => [pageUrl(page), page])),
		topicPages,
	};
}

/** The topic a page belongs to: its frontmatter topic, or "roles" for a role page. */
export function topicOf(page: Page): TopicId {
	return page.collection === 'articles' ? page.data.topic : 'roles';
}

/** When a page was last updated: its frontmatter date, else the date of its file's last commit. */
export function updatedOf(page: Page): Date | undefined {
	if (page.data.updated) return page.data.updated;
	const committed = page.filePath ? lastCommitDate(page.filePath) : undefined;
	return committed ? new Date(committed) : undefined;
}

/** The root-relative URL of an article or role page. */
export function pageUrl(page: Page): string {
	return entryPath(page.collection, page.id);
}

/** The entry's source file, with the entry id where one file holds many entries. */
/** The text of an entry's file, read once per file (the entries of a YAML list share one). */
const texts = new Map<string, string>();
function textOf(entry: { filePath?: string }): string | undefined {
	if (!entry.filePath) return undefined;
	if (!texts.has(entry.filePath)) texts.set(entry.filePath, readFileSync(entry.filePath, 'utf8'));
	return texts.get(entry.filePath);
}

/** An entry's file as messages name it, with its text and the line the entry starts on (its `- id:` line in a YAML list). */
function located(entry: { id: string; filePath?: string; collection: string }): { file: string; text?: string; start?: number } {
	const text = textOf(entry);
	if (text === undefined) return { file: fileOf(entry) };
	return { file: entry.filePath!, text, start: /^-\s/m.test(text) && entry.filePath!.endsWith('.yaml') ? listItemLine(text, entry.id) : 1 };
}

function fileOf(entry: { id: string; filePath?: string; collection: string }): string {
	const file = entry.filePath ?? `${entry.collection} collection`;
	return file.endsWith('.yaml') && !file.includes(entry.id) ? `${file} (entry "${entry.id}")` : file;
}

/** `updatedOf` as YYYY-MM-DD, or null when the page has no date: the form the JSON interfaces publish. */
export function updatedIso(page: Page): string | null {
	const updated = updatedOf(page);
	return updated ? isoDate(updated) : null;
}
