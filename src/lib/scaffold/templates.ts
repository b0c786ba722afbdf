import yaml from 'js-yaml';
import { cleanTitle } from './checks.ts';
import type { GlossaryItem } from './clashes.ts';

// The text of the files `npm run new` writes: frontmatter that passes the schema, with TODO placeholders where
// the author has to write (the build refuses to publish them; see src/lib/placeholders.ts).

/** Today (or `date`) as YYYY-MM-DD in local time, for the `updated` field. */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The `order` for a new article: one more than the highest in its topic (a missing order counts as 100, the default), or 1. */
export function nextOrder(articles: ReadonlyArray<{ topic?: unknown; order?: unknown }>, topic: string): number {
	const orders = articles
		.filter((article) => article.topic === topic)
		.map((article) => (typeof article.order === 'number' && Number.isInteger(article.order) ? article.order : 100));
	return orders.length ? Math.max(...orders) + 1 : 1;
}

/** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
function quote(text: string): string {
	return JSON.stringify(text);
}

const DESCRIPTION_TODO = 'TODO: one sentence, 20-200 characters, shown in search results.';

/** Frontmatter lines every page ends with: updated and reviewed (the author checks the facts as they write), a TODO source and no related pages. */
function pageFooter(updated: string): string[] {
	return [
		`updated: ${updated}`,
		`reviewed: ${updated}`,
		'sources:',
		`  - title: ${quote('TODO: title of a document this page draws on')}`,
		`    publisher: ${quote('TODO: who published it')}`,
		'    # url: "https://…" (only where the document is publicly reachable), year: 2024',
		'related: []',
	];
}

/** A page body: a TODO introduction and a TODO under each suggested heading. */
function body(introduction: string, headings: readonly string[]): string[] {
	return [`TODO: ${introduction}`, ...headings.flatMap((heading) => ['', `## ${heading}`, '', 'TODO: write this section.'])];
}

/** The `##` headings suggested for a new article, by topic. */
function articleHeadings(topic: string): readonly string[] {
	if (topic === 'practices') return ['What it is', 'Why PMOs find it hard', 'How to do it, step by step', 'Pitfalls'];
	if (topic === 'case-studies') return ['Background', 'How the office was set up', 'What worked', 'Lessons for other PMOs'];
	return ['What it is', 'Why it matters', 'In practice'];
}

/** The `##` headings suggested for a new role page, as the existing role pages use them. */
const ROLE_HEADINGS = ['Where the role sits', 'A typical week', 'How it differs from neighbouring roles', 'Routes in and onward'] as const;

/** The text of a new article: frontmatter that passes the schema, TODOs where the author has to write. */
export function articleTemplate(input: { title: string; topic: string; order: number; updated: string }): string {
	return [
		'---',
		`title: ${quote(cleanTitle(input.title))}`,
		`description: ${quote(DESCRIPTION_TODO)}`,
		`topic: ${input.topic}`,
		`order: ${input.order}`,
		`tags: [${input.topic}]`,
		'audience: [1, 2, 3, 4]',
		...pageFooter(input.updated),
		'---',
		'',
		...body(
			'introduce the subject in a short paragraph: what it is, who it matters to, and what this page covers.',
			articleHeadings(input.topic),
		),
		'',
	].join('\n');
}

/** The text of a new role page, with TODO purpose, responsibilities and skills. */
export function roleTemplate(input: { title: string; level: number; tier: string; updated: string }): string {
	return [
		'---',
		`title: ${quote(cleanTitle(input.title))}`,
		`description: ${quote(DESCRIPTION_TODO)}`,
		`purpose: ${quote('TODO: one or two sentences on why the role exists.')}`,
		`level: ${input.level}`,
		`tier: ${input.tier}`,
		'alternative_titles: []',
		'# reports_to: pmo-manager (the id of the role this one usually reports to; leave it out at the top of the ladder)',
		'responsibilities:',
		`  - ${quote('TODO: a responsibility, starting with a verb.')}`,
		'skills:',
		`  - ${quote('TODO: a skill the role needs.')}`,
		'tags: [roles]',
		...pageFooter(input.updated),
		'---',
		'',
		...body('introduce the role in a short paragraph: what it is for, and the job titles it goes by.', ROLE_HEADINGS),
		'',
	].join('\n');
}

/** The YAML of a new glossary list item, with a TODO definition. */
export function glossaryEntry(input: { id: string; term: string; abbreviation?: string }): string {
	return [
		`- id: ${input.id}`,
		`  term: ${quote(cleanTitle(input.term))}`,
		...(input.abbreviation?.trim() ? [`  abbreviation: ${quote(cleanTitle(input.abbreviation))}`] : []),
		`  definition: ${quote('TODO: one or two sentences that define the term in plain words.')}`,
		'  see_also: []',
		'  # Add page: "/articles/<id>/" (the article that explains the term) or sources: (title, publisher), like the entries above.',
	].join('\n');
}

/** The glossary text with `entry` inserted in alphabetical order of term, keeping its comments and spacing. */
export function insertGlossaryEntry(text: string, entry: string, term: string): string {
	const before = (yaml.load(text) as GlossaryItem[] | null | undefined) ?? [];
	if (!Array.isArray(before)) throw new Error('The glossary is not a YAML list.');
	const lines = text.split('\n');
	const starts = lines.flatMap((line, index) => (/^-(?:\s|$)/.test(line) ? [index] : []));
	const spaced = before.length < 2 || /\n[ \t]*\n-(?:\s|$)/.test(text);
	const position = before.findIndex((item) => String(item.term).localeCompare(term, 'en', { sensitivity: 'base' }) > 0);
	let result: string;
	if (position === -1 || starts.length !== before.length) {
		const head = text.replace(/\s+$/, '');
		result = `${head}${head ? (spaced ? '\n\n' : '\n') : ''}${entry}\n`;
	} else {
		let at = starts[position]!;
		while (at > 0 && lines[at - 1]!.startsWith('#')) at--;
		lines.splice(at, 0, ...entry.split('\n'), ...(spaced ? [''] : []));
		result = lines.join('\n');
	}
	const after = yaml.load(result) as GlossaryItem[];
	if (!Array.isArray(after) || after.length !== before.length + 1) {
		throw new Error('Adding the entry would not leave a valid glossary list; add it by hand.');
	}
	return result;
}

/** The YAML of a new toolkit template for the practice article `practice`. */
export function toolkitTemplate(input: { title: string; practice: string }): string {
	return [
		`title: ${quote(cleanTitle(input.title))}`,
		`description: ${quote('TODO: what the template is for and how to fill it in.')}`,
		`practice: ${input.practice}`,
		'columns:',
		'  - key: item',
		`    label: ${quote('TODO: column heading')}`,
		`    description: ${quote('TODO: what goes in this column. Add one column per field; keys are lowercase snake_case.')}`,
		'rows:',
		`  - item: ${quote('TODO: an example row, keyed by column key')}`,
		'',
	].join('\n');
}
