import { type CollectionEntry, getCollection, render } from 'astro:content';
import { TOPICS } from '../consts';
import { findBrokenLinks, findDanglingReferences, type LinkSource } from '../lib/integrity';
import { glossaryProblems } from '../lib/glossary';
import { entryPath } from '../lib/urls';

export type Article = CollectionEntry<'articles'>;
export type Role = CollectionEntry<'roles'>;
export type Page = Article | Role;

/** Everything the routes need, loaded once per build and checked for integrity. */
export interface Catalog {
	articles: Article[];
	roles: Role[];
	glossary: CollectionEntry<'glossary'>[];
	levels: CollectionEntry<'levels'>[];
	toolkits: CollectionEntry<'toolkits'>[];
	/** Internal hrefs written in each page's content, keyed by page URL. */
	linksByUrl: Map<string, string[]>;
}

let loading: Promise<Catalog> | undefined;

/** Loads every collection once and throws, naming each file, if any reference or internal link is broken. */
export function loadCatalog(): Promise<Catalog> {
	loading ??= buildCatalog();
	return loading;
}

async function buildCatalog(): Promise<Catalog> {
	const [articles, roles, glossary, levels, toolkits] = await Promise.all([
		getCollection('articles', ({ data }) => !data.draft),
		getCollection('roles', ({ data }) => !data.draft),
		getCollection('glossary'),
		getCollection('levels'),
		getCollection('toolkits'),
	]);
	const pages: Page[] = [...articles, ...roles];
	const rendered = await Promise.all(pages.map((page) => render(page)));

	const targets = new Map<string, Set<string>>();
	const sources: LinkSource[] = [];
	pages.forEach((page, index) => {
		const url = pageUrl(page);
		const { headings, remarkPluginFrontmatter } = rendered[index]!;
		targets.set(url, new Set(headings.map((heading) => heading.slug)));
		sources.push({ file: fileOf(page), url, links: (remarkPluginFrontmatter.internalLinks as string[]) ?? [] });
	});
	for (const path of ['/', '/search/', '/articles/', '/roles/', '/careers/']) targets.set(path, new Set());
	for (const topic of TOPICS) targets.set(`/topics/${topic.id}/`, new Set());
	targets.set('/glossary/', new Set(glossary.map((entry) => entry.id)));
	for (const entry of glossary) targets.set(`/glossary/${entry.id}/`, new Set());
	for (const toolkit of toolkits) targets.set(`/toolkits/${toolkit.id}.csv`, new Set());
	for (const entry of glossary) {
		if (entry.data.page) sources.push({ file: fileOf(entry), url: '/glossary/', links: [entry.data.page] });
	}

	const ids = new Map<string, Set<string>>(
		Object.entries({ articles, roles, glossary, levels, toolkits }).map(([name, entries]) => [
			name,
			new Set(entries.map((entry: { id: string }) => entry.id)),
		]),
	);
	const problems = [
		...findDanglingReferences(
			[...pages, ...glossary, ...levels, ...toolkits].map((entry) => ({ file: fileOf(entry), data: entry.data })),
			({ collection, id }) => ids.get(collection)?.has(id) ?? false,
		),
		...findBrokenLinks(sources, targets),
		...glossaryProblems(glossary.map((entry) => ({ file: fileOf(entry), ...entry.data }))),
		...pages.filter((page) => !page.body?.trim()).map((page) => `${fileOf(page)}: the page has no body text.`),
	];
	if (problems.length) {
		throw new Error(`The content has ${problems.length} integrity problem(s):\n  - ${problems.join('\n  - ')}`);
	}
	return {
		articles,
		roles,
		glossary,
		levels,
		toolkits,
		linksByUrl: new Map(sources.map((source) => [source.url, [...source.links]])),
	};
}

/** The root-relative URL of an article or role page. */
export function pageUrl(page: Page): string {
	return entryPath(page.collection, page.id);
}

/** The entry's source file, with the entry id where one file holds many entries. */
function fileOf(entry: { id: string; filePath?: string; collection: string }): string {
	const file = entry.filePath ?? `${entry.collection} collection`;
	return file.endsWith('.yaml') && !file.includes(entry.id) ? `${file} (entry "${entry.id}")` : file;
}
