import { fieldLine } from './schema-messages.ts';

/** A page of the site as the link checker sees it. */
export interface LinkSource {
	/** Source file, relative to the project root, for error messages. */
	file: string;
	/** Root-relative URL of the page, e.g. `/articles/p3o-model/`. */
	url: string;
	/** Root-relative hrefs and `#fragment` links found in the page's content. */
	links: readonly string[];
	/** The file's text, to give the line of each broken link. */
	text?: string;
}

/** The 1-based line of the first line of `text` that holds `needle`, if any. */
function lineHolding(text: string | undefined, needle: string): number | undefined {
	const index = text?.split('\n').findIndex((line) => line.includes(needle)) ?? -1;
	return index === -1 ? undefined : index + 1;
}

/** `file`, or `file:line` when the line is known. */
const at = (file: string, line: number | undefined) => (line ? `${file}:${line}` : file);

/** Every URL the build produces, with the heading or entry anchors each one carries. */
export type LinkTargets = ReadonlyMap<string, ReadonlySet<string>>;

/** Lists every internal link in `pages` that points to no page, or to no anchor on that page. */
export function findBrokenLinks(pages: readonly LinkSource[], targets: LinkTargets): string[] {
	const problems: string[] = [];
	for (const page of pages) {
		for (const href of page.links) {
			const problem = checkLink(page.url, href, targets);
			if (problem) problems.push(`${at(page.file, lineHolding(page.text, href))}: broken link "${href}": ${problem}`);
		}
	}
	return problems;
}

function checkLink(from: string, href: string, targets: LinkTargets): string | undefined {
	if (!href.startsWith('/') && !href.startsWith('#')) {
		return 'internal links must be root-relative, such as /articles/p3o-model/.';
	}
	const [beforeHash, hash] = splitOnce(href, '#');
	const path = splitOnce(beforeHash, '?')[0] || from;
	const anchors = targets.get(path);
	if (!anchors) {
		const withSlash = `${path}/`;
		return targets.has(withSlash) ? `page URLs end with a slash: use "${withSlash}".` : `no page has the URL ${path}.`;
	}
	if (hash !== undefined && hash !== '' && !anchors.has(decodeURIComponent(hash))) {
		return `${path} has no heading or entry with the id "${hash}".`;
	}
	return undefined;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
	const at = text.indexOf(separator);
	return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** A reference between entries, as Astro's `reference()` resolves it. */
export interface Reference {
	collection: string;
	id: string;
}

/** Finds every `reference()` value in an entry's data, with the field path it sits at (`related[1]`). */
export function findReferences(data: unknown, path = ''): Array<Reference & { field: string }> {
	if (isReference(data)) return [{ ...data, field: path }];
	if (Array.isArray(data)) return data.flatMap((item, index) => findReferences(item, `${path}[${index}]`));
	if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
		return Object.entries(data).flatMap(([key, value]) => findReferences(value, path ? `${path}.${key}` : key));
	}
	return [];
}

function isReference(value: unknown): value is Reference {
	if (value === null || typeof value !== 'object') return false;
	const keys = Object.keys(value).sort();
	const { collection, id } = value as Record<string, unknown>;
	return keys.length === 2 && keys[0] === 'collection' && keys[1] === 'id' && typeof collection === 'string' && typeof id === 'string';
}

/** An entry whose references are to be checked. */
export interface ReferencingEntry {
	file: string;
	data: unknown;
	/** The file's text and the line the entry starts on, to give the line of each dangling reference. */
	text?: string;
	start?: number;
}

/** A field path as findReferences writes it (`job_titles[0].role`), as keys. */
function keysOf(field: string): Array<string | number> {
	return field
		.split(/[.[\]]+/)
		.filter(Boolean)
		.map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/** Lists every reference that names an entry which does not exist (or is a draft left out of the build). */
export function findDanglingReferences(entries: readonly ReferencingEntry[], exists: (reference: Reference) => boolean): string[] {
	return entries.flatMap((entry) =>
		findReferences(entry.data)
			.filter((reference) => !exists(reference))
			.map(
				(reference) =>
					`${at(entry.file, entry.text === undefined ? undefined : fieldLine(entry.text, keysOf(reference.field), entry.start))}: ${reference.field} refers to "${reference.id}", which is not an entry of the ${reference.collection} collection; expected the id of one (its file name without the extension, or its slug).`,
			),
	);
}
