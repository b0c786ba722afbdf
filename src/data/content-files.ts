// Reads the knowledge base straight from its files, without a build: for the content health report
// (`npm run report` and the /about/health/ page) and for the search index that `astro dev` serves.
// Imports carry their .ts extensions so that Node can run this file directly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';
import { markdownToHtml, mdxToJs } from 'satteri';
import { markdownPipeline } from '../markdown/pipeline.ts';
import type { HealthPage } from '../lib/health.ts';
import type { FilterablePage } from '../lib/search-filters.ts';
import { LEVELS } from '../consts.ts';
import { entryId } from '../lib/entry-id.ts';
import { lastCommitDate } from './git-dates.ts';
import { entryPath } from '../lib/routes.ts';

interface Frontmatter {
	title?: string;
	slug?: string;
	topic?: string;
	draft?: boolean;
	updated?: Date | string;
	reviewed?: Date | string;
	sources?: Array<{ title: string; publisher?: string; url?: string }>;
	alternative_titles?: string[];
	audience?: number[];
	level?: number;
	tier?: string;
}

/** A glossary entry as the file holds it. */
export interface GlossaryFileEntry {
	id: string;
	term: string;
	abbreviation?: string;
	definition: string;
	/** The page that explains the term best. */
	page?: string;
	sources?: unknown[];
}

/** A page as its file holds it, with the text readers read. */
export type PageFile = HealthPage & FilterablePage & { title: string; alternativeTitles: string[] };

/** Prose without tables, components, headings or code: what readers read and what glossary links go in. */
function proseOf(body: string): string {
	return body
		.replace(/^```[\s\S]*?^```/gm, '')
		.split('\n')
		.filter((line) => !/^\s*(\||<|#|import |export )/.test(line))
		.join('\n')
		.replace(/`[^`]*`/g, '');
}

/** A Markdown or MDX file of a page collection, as read without a build. */
export interface EntryFile {
	/** The path from the project root, as messages show it. */
	file: string;
	/** The path within the collection folder, with forward slashes: what the entry's id is made from. */
	name: string;
	data: Record<string, unknown>;
	/** The text below the frontmatter, which is blanked to empty lines so that line numbers stay the file's. */
	body: string;
}

/**
 * Every Markdown and MDX file of a page collection, drafts included, in name order. Frontmatter is read with
 * Astro's own parser; a file whose frontmatter is not valid YAML reads as having none, since the build
 * reports it with its line.
 */
export function readEntryFiles(contentDir: string, collection: 'articles' | 'roles'): EntryFile[] {
	const dir = join(contentDir, collection);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => name.split(sep).join('/'))
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.map((name) => {
			const file = join(dir, name);
			const text = readFileSync(file, 'utf8');
			try {
				const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
				return { file, name, data: frontmatter ?? {}, body: content };
			} catch {
				return { file, name, data: {}, body: text };
			}
		});
}

/**
 * What the site's own Markdown plugins record about a page as the build renders it: the words readers
 * read (src/markdown/word-count.ts) and every link, those that glossary linking adds included
 * (src/markdown/internal-links.ts). Rendering, rather than reading the source, keeps one rule for each.
 */
function renderedFacts(
	{ features, mdastPlugins, hastPlugins }: ReturnType<typeof markdownPipeline>,
	{ file, data, body }: EntryFile,
): { words: number; links: string[] } {
	const options = {
		features,
		mdastPlugins,
		hastPlugins,
		fileURL: pathToFileURL(resolve(file)),
		// What Astro gives the plugins, which record the page's words and links on its frontmatter.
		data: { astro: { frontmatter: { ...data }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
	};
	let result: ReturnType<typeof markdownToHtml> | ReturnType<typeof mdxToJs>;
	try {
		result = file.endsWith('.mdx') ? mdxToJs(body, options) : markdownToHtml(body, options);
	} catch (cause) {
		// The plugins' own messages name the file and line; the compiler's syntax errors do not.
		const message = (cause as Error).message;
		throw new Error(message.includes(file) ? message : `${file}: ${message}`, { cause });
	}
	// Sätteri compiles asynchronously only when a plugin is asynchronous, and none of the site's is.
	if (result instanceof Promise)
		throw new Error(`${file}: a Markdown plugin is asynchronous; the content reader needs them all synchronous.`);
	const recorded = result.data.astro?.frontmatter as Recorded;
	return { words: recorded.words, links: [...recorded.internalLinks, ...recorded.externalLinks] };
}

/** What the word-count and internal-links plugins record on a page's frontmatter. */
interface Recorded {
	words: number;
	internalLinks: string[];
	externalLinks: string[];
}

/** The article or role pages in `contentDir`, drafts left out. */
export function readPageFiles(contentDir: string, collection: 'articles' | 'roles'): PageFile[] {
	// One set of plugins for every page; each plugin keeps its per-page state in the factory it returns.
	const pipeline = markdownPipeline({ base: '/', contentDir });
	return readEntryFiles(contentDir, collection)
		.filter(({ data }) => !data.draft)
		.map((entry) => {
			const { file: path, name: file, body } = entry;
			const data = entry.data as Frontmatter;
			const prose = proseOf(body);
			const committed = lastCommitDate(path, contentDir);
			const updated = data.updated ? new Date(data.updated) : committed ? new Date(committed) : undefined;
			return {
				file: path,
				collection,
				levels: collection === 'roles' ? (data.level ? [data.level] : []) : (data.audience ?? [...LEVELS]),
				tier: data.tier,
				title: data.title ?? file,
				url: entryPath(collection, entryId(file, data.slug)),
				topic: collection === 'roles' ? 'roles' : (data.topic ?? ''),
				updated,
				reviewed: data.reviewed ? new Date(data.reviewed) : undefined,
				sources: data.sources ?? [],
				...renderedFacts(pipeline, entry),
				body,
				prose,
				alternativeTitles: data.alternative_titles ?? [],
			};
		});
}

/** The glossary entries of `contentDir`. */
export function readGlossaryFile(contentDir: string): GlossaryFileEntry[] {
	return (yaml.load(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) ?? []) as GlossaryFileEntry[];
}

/** A career level's job titles, as `levels.yaml` lists them. */
export interface LevelFileEntry {
	id: string;
	job_titles: Array<{ title: string; role?: string }>;
}

/** The career levels of `contentDir`. */
export function readLevelsFile(contentDir: string): LevelFileEntry[] {
	return (yaml.load(readFileSync(join(contentDir, 'levels.yaml'), 'utf8')) ?? []) as LevelFileEntry[];
}
