import { type Naming, ambiguousNames } from './names.ts';
import type { PlaceholderLine } from './placeholders.ts';
import { nearDuplicates, paragraphsOf } from './near-duplicates.ts';
import { unsourcedStatistics } from './statistics.ts';
import { linkTarget } from './routes.ts';

/** A page as the health report sees it. */
export interface HealthPage {
	file: string;
	url: string;
	topic: string;
	updated: Date | undefined;
	/** When an editor last checked the page's facts against its sources. */
	reviewed: Date | undefined;
	sources: ReadonlyArray<{ title: string; publisher?: string | undefined; url?: string | undefined }>;
	words: number;
	/** Every href the page's text links to, internal or external. */
	links: readonly string[];
	/** The Markdown body, for the statistics check. */
	body: string;
	/** The prose readers read: no tables, headings or components. */
	prose: string;
}

/** One thing that needs an author's attention. */
export interface Finding {
	kind: keyof typeof CHECKS;
	file: string;
	detail: string;
}

/** The fewest words of prose a page may have: a page below it says too little that a practitioner can use. */
export const MIN_WORDS = 600;

/** What the report looks for, with the heading each kind is listed under. */
export const CHECKS = {
	placeholder: 'Placeholders left by npm run new (the build stops on them)',
	stale: 'Not updated for more than 18 months',
	unreviewed: 'Not reviewed in the last 12 months',
	unsourced: 'No sources, or sources without a URL',
	orphan: 'Orphans: no other page links to them',
	unusedTerm: 'Glossary terms no page uses',
	short: `Under ${MIN_WORDS} words`,
	thinTopic: 'Topics with fewer than 3 pages',
	badUrl: 'External links that are not valid web addresses',
	unsourcedStatistic: 'Statistics that name no source',
	nearDuplicate: 'Paragraphs that repeat another page',
	ambiguousName: 'Terms and job titles that lead to more than one entry',
} as const;

/** True when `href` leads to another site and is a well-formed http(s) address. */
function isValidExternal(href: string): boolean {
	try {
		const url = new URL(href);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(href);
	} catch {
		return false;
	}
}

/** The date `months` calendar months before `today`. */
function monthsBefore(today: Date, months: number): Date {
	const date = new Date(today);
	date.setUTCMonth(date.getUTCMonth() - months);
	return date;
}

/** Lists every health finding, in a stable order: by kind, then file. `today` makes the result repeatable. */
export function healthFindings(
	pages: readonly HealthPage[],
	terms: ReadonlyArray<{ id: string; file: string; usedBy: readonly string[] }>,
	topics: readonly string[],
	today: Date,
	namings: readonly Naming[] = [],
	placeholders: ReadonlyArray<PlaceholderLine & { file: string }> = [],
): Finding[] {
	const findings: Finding[] = placeholders.map(({ file, line, text }) => ({ kind: 'placeholder', file: `${file}:${line}`, detail: text }));
	const staleBefore = monthsBefore(today, 18);
	const unreviewedBefore = monthsBefore(today, 12);
	const linked = new Set(
		pages.flatMap((page) =>
			page.links
				.filter((href) => href.startsWith('/'))
				.map(linkTarget)
				.filter((url) => url !== page.url),
		),
	);
	for (const page of pages) {
		if (page.updated && page.updated < staleBefore) {
			findings.push({ kind: 'stale', file: page.file, detail: `last updated ${page.updated.toISOString().slice(0, 10)}` });
		}
		if (!page.reviewed) findings.push({ kind: 'unreviewed', file: page.file, detail: 'has no reviewed date' });
		else if (page.reviewed < unreviewedBefore) {
			findings.push({ kind: 'unreviewed', file: page.file, detail: `last reviewed ${page.reviewed.toISOString().slice(0, 10)}` });
		}
		for (const sentence of unsourcedStatistics(page.body, page.sources)) {
			findings.push({ kind: 'unsourcedStatistic', file: page.file, detail: `"${sentence}"` });
		}
		if (!page.sources.length) findings.push({ kind: 'unsourced', file: page.file, detail: 'lists no sources' });
		else if (page.sources.every((source) => !source.url)) {
			findings.push({ kind: 'unsourced', file: page.file, detail: 'none of its sources has a URL' });
		}
		if (!linked.has(page.url)) findings.push({ kind: 'orphan', file: page.file, detail: `nothing links to ${page.url}` });
		if (page.words < MIN_WORDS) findings.push({ kind: 'short', file: page.file, detail: `${page.words} words` });
		for (const href of page.links) {
			if (!href.startsWith('/') && !href.startsWith('#') && !isValidExternal(href)) {
				findings.push({ kind: 'badUrl', file: page.file, detail: `"${href}"` });
			}
		}
		for (const source of page.sources) {
			if (source.url && !isValidExternal(source.url)) findings.push({ kind: 'badUrl', file: page.file, detail: `source "${source.url}"` });
		}
	}
	for (const term of terms) {
		if (!term.usedBy.length) findings.push({ kind: 'unusedTerm', file: term.file, detail: `"${term.id}" is not used on any page` });
	}
	for (const topic of topics) {
		const count = pages.filter((page) => page.topic === topic).length;
		if (count < 3) findings.push({ kind: 'thinTopic', file: `topic "${topic}"`, detail: `${count} page${count === 1 ? '' : 's'}` });
	}
	for (const { a, b, overlap } of nearDuplicates(pages.flatMap((page) => paragraphsOf(page.file, page.prose)))) {
		findings.push({
			kind: 'nearDuplicate',
			file: a.file,
			detail: `${Math.round(overlap * 100)}% of a paragraph repeats ${b.file}: "${a.text.slice(0, 80)}…"`,
		});
	}
	for (const { name, claims } of ambiguousNames(namings)) {
		findings.push({
			kind: 'ambiguousName',
			file: claims[0]!.file,
			detail: `"${name}" leads to ${claims.map((claim) => `${claim.owner} (${claim.file})`).join(' and ')}`,
		});
	}
	const order = Object.keys(CHECKS);
	return findings.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.file.localeCompare(b.file, 'en', { numeric: true }));
}
