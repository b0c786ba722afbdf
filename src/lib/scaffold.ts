import yaml from 'js-yaml';
import { TIERS, TOPICS } from '../consts.ts';
import { ambiguousNames } from './names.ts';
import { entryId } from '../lib/entry-id.ts';

/*
 * The pure half of `npm run new` (scripts/new.ts): slugs, clash checks and the text of new content files.
 * Nothing here reads or writes files, so every function can be tested with plain data.
 */

/** The kinds of content the scaffolder creates: the folder or file each writes to, and an example command. */
export const KINDS = {
	article: { target: 'articles', example: 'npm run new -- article --topic practices --title "Stage gates in practice"' },
	role: { target: 'roles', example: 'npm run new -- role --level 2 --tier programme --title "Benefits Analyst"' },
	glossary: { target: 'glossary.yaml', example: 'npm run new -- glossary --term "Stage gate" --abbreviation SG' },
	toolkit: { target: 'toolkits', example: 'npm run new -- toolkit --practice benefits-realisation --title "Benefits map"' },
} as const;

export type Kind = keyof typeof KINDS;
export type Field = 'title' | 'topic' | 'level' | 'tier' | 'term' | 'abbreviation' | 'practice';

/** The flags each kind needs; `abbreviation` is optional and never listed. */
const REQUIRED: Record<Kind, readonly Field[]> = {
	article: ['title', 'topic'],
	role: ['title', 'level', 'tier'],
	glossary: ['term'],
	toolkit: ['title', 'practice'],
};

/** Flags each kind accepts, required or optional. */
export const ACCEPTED: Record<Kind, readonly Field[]> = { ...REQUIRED, glossary: ['term', 'abbreviation'] };

/** Items as an English list: `a, b or c`. */
export function listOf(items: readonly string[], conjunction = 'or'): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** The kind a collection name on the command line stands for (`article` or `articles`), or a refusal. */
export function kindFor(name: string): { kind: Kind } | { refusal: string } {
	const singular = name.trim().toLowerCase().replace(/s$/, '');
	if (singular === 'level') {
		return { refusal: 'Levels are not scaffolded: the site has exactly four career levels, edited by hand in content/levels.yaml.' };
	}
	if (singular in KINDS) return { kind: singular as Kind };
	return { refusal: `Unknown collection "${name}": use ${listOf(Object.keys(KINDS))}.` };
}

/** The required flags of `kind` that `values` leaves empty. */
export function missingFields(kind: Kind, values: Partial<Record<Field, string>>): Field[] {
	return REQUIRED[kind].filter((field) => !values[field]?.trim());
}

/** The message for a run without a terminal that lacks required values: what is missing, and an example. */
export function missingMessage(kind: Kind | undefined, missing: readonly string[]): string {
	const names = missing.map((field) => (field === 'collection' ? `the collection (${listOf(Object.keys(KINDS))})` : `--${field}`));
	const example = KINDS[kind ?? 'article'].example;
	return `Missing ${listOf(names, 'and')}, and stdin is not a terminal to ask for it.\nExample: ${example}`;
}

/** A refusal for a topic that is not one of TOPICS, or undefined when it is one. */
export function checkTopic(topic: string): string | undefined {
	const ids = TOPICS.map((entry) => entry.id);
	return (ids as readonly string[]).includes(topic) ? undefined : `Unknown topic "${topic}": use one of ${listOf(ids)}.`;
}

/** A refusal for a tier that is not one of TIERS, or undefined when it is one. */
export function checkTier(tier: string): string | undefined {
	return (TIERS as readonly string[]).includes(tier) ? undefined : `Unknown tier "${tier}": use one of ${listOf(TIERS)}.`;
}

/** A refusal for a career level other than 1 to 4, or undefined when it is one. */
export function checkLevel(level: string): string | undefined {
	return /^[1-4]$/.test(level.trim()) ? undefined : `Unknown level "${level}": career levels are 1, 2, 3 or 4.`;
}

/** A title or term on one line, with runs of white space collapsed. */
export function cleanTitle(title: string): string {
	return title.replace(/\s+/g, ' ').trim();
}

/** The URL slug for a title: lowercase ASCII letters and digits joined by single hyphens (`P3O® model` → `p3o-model`). */
export function slugFor(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A refusal for a title that is empty or has nothing to make a slug from, or undefined when it is usable. */
export function checkTitle(title: string, what = 'title'): string | undefined {
	const clean = cleanTitle(title);
	if (!clean) return `The ${what} is empty.`;
	if (!slugFor(clean)) return `The ${what} "${clean}" has no letters or digits (a-z, 0-9) to make a URL from.`;
	return undefined;
}

/** Today (or `date`) as YYYY-MM-DD in local time, for the `updated` field. */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An existing entry of a collection: the file it lives in and the id (URL segment) it is published under. */
export interface ExistingEntry {
	/** The file, as shown in messages. */
	file: string;
	id: string;
	/** True when the id comes from the file's `slug:` field rather than its name. */
	fromSlug?: boolean;
}

/** The id the build gives a file: its frontmatter `slug` if set, else idFromPath of its path in the collection folder. */
export function entryIdOf(path: string, frontmatter: Record<string, unknown>): Omit<ExistingEntry, 'file'> {
	return { id: entryId(path, frontmatter.slug), ...(typeof frontmatter.slug === 'string' && { fromSlug: true }) };
}

/** The existing entry that already has `id`, if any. */
export function findClash(id: string, entries: readonly ExistingEntry[]): ExistingEntry | undefined {
	return entries.find((entry) => entry.id === id);
}

/** A one-line refusal for a new page whose URL an existing entry already has. */
export function clashMessage(url: string, owner: ExistingEntry): string {
	const how = owner.fromSlug ? ` (through its slug field)` : '';
	return `${url} is already used by ${owner.file}${how}: choose a different title.`;
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
		...body('introduce the subject in a short paragraph: what it is, who it matters to, and what this page covers.', articleHeadings(input.topic)),
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

/** The glossary id for a term: the slug of its abbreviation if it has one, else of the term. */
export function glossaryId(term: string, abbreviation?: string): string {
	return slugFor(abbreviation?.trim() ? abbreviation : term);
}

/** A glossary entry as it is read for clash checks. */
export interface GlossaryItem {
	id?: unknown;
	term?: unknown;
	abbreviation?: unknown;
}

/** A refusal when a term or abbreviation is already in the glossary (ignoring case) or an id is taken, else undefined. */
export function glossaryClash(entries: readonly GlossaryItem[], input: { id?: string; term?: string; abbreviation?: string }): string | undefined {
	const names = (owner: string, list: unknown[]) =>
		list.filter((name): name is string => typeof name === 'string' && !!name.trim()).map((name) => ({ name: cleanTitle(name), owner, file: '' }));
	// The new entry's own names are claimed by no id yet, so any name it shares leads to two entries.
	const NEW = '';
	const clash = ambiguousNames([...entries.flatMap((entry) => names(String(entry.id), [entry.term, entry.abbreviation])), ...names(NEW, [input.term, input.abbreviation])]).find(
		({ claims }) => claims.some((claim) => claim.owner === NEW),
	);
	if (clash) {
		const mine = clash.claims.find((claim) => claim.owner === NEW)!;
		return `"${mine.name}" is already in the glossary (entry "${clash.claims.find((claim) => claim.owner !== NEW)!.owner}").`;
	}
	const owner = input.id === undefined ? undefined : entries.find((entry) => entry.id === input.id);
	if (owner) return `The glossary id "${input.id}" is already used by the entry "${String(owner.term)}".`;
	return undefined;
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

/** A refusal when `id` is not a published article (a toolkit's `practice`), naming some that are; else undefined. */
export function checkPractice(id: string, articles: ReadonlyArray<{ id: string; topic?: unknown; draft?: unknown }>): string | undefined {
	const article = articles.find((entry) => entry.id === id);
	if (article?.draft === true) return `The article "${id}" is a draft, left out of the build: choose a published article.`;
	if (article) return undefined;
	const published = articles.filter((entry) => entry.draft !== true);
	const practices = published.filter((entry) => entry.topic === 'practices');
	const suggestions = (practices.length ? practices : published).map((entry) => entry.id).sort();
	const examples = suggestions.length ? `, such as ${listOf(suggestions.slice(0, 8))}` : '';
	return `"${id}" is not an article id: use the id of an existing article${examples}.`;
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

/** What to do after creating an entry, one line each. */
export function nextSteps(kind: Kind, input: { id: string; file: string; practiceFile?: string }): string[] {
	const steps = {
		article: [
			`Fill in the TODOs in ${input.file} (description, sources, body), and link to /articles/${input.id}/ from at least one other page.`,
			`Then run npm run dev and open /articles/${input.id}/.`,
		],
		role: [
			`Fill in the TODOs in ${input.file} (description, purpose, responsibilities, skills, sources, body); set reports_to if the role has a manager.`,
			`List it under a level's job_titles in content/levels.yaml (role: ${input.id}) if it belongs on the career ladder.`,
			`Then run npm run dev and open /roles/${input.id}/.`,
		],
		glossary: [
			`Write the definition of "${input.id}" in ${input.file}, and give it a page or sources.`,
			`Then run npm run dev and open /glossary/${input.id}/.`,
		],
		toolkit: [
			`Fill in the TODOs in ${input.file}: the description, the columns and an example row.`,
			`Show it in ${input.practiceFile ?? 'the practice article'} with <Toolkit id="${input.id}" />; it downloads from /toolkits/${input.id}.csv.`,
			'Then run npm run dev to see it.',
		],
	} satisfies Record<Kind, string[]>;
	return steps[kind];
}
