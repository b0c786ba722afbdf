import { PLACEHOLDER } from '../placeholders.ts';
import { entryPath, glossaryTermPath, toolkitCsvPath } from '../routes.ts';
// What `npm run new` (scripts/new.ts) accepts on its command line, and what it tells the author afterwards.

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

/** What to do after creating an entry, one line each. */
export function nextSteps(kind: Kind, input: { id: string; file: string; practiceFile?: string }): string[] {
	const steps = {
		article: [
			`Fill in the TODOs in ${input.file} (description, sources, body), and link to ${entryPath('articles', input.id)} from at least one other page.`,
			`Then run npm run dev and open ${entryPath('articles', input.id)}.`,
		],
		role: [
			`Fill in the TODOs in ${input.file} (description, purpose, responsibilities, skills, sources, body); set reports_to if the role has a manager.`,
			`List it under a level's job_titles in content/levels.yaml (role: ${input.id}) if it belongs on the career ladder.`,
			`Then run npm run dev and open ${entryPath('roles', input.id)}.`,
		],
		glossary: [
			`Write the definition of "${input.id}" in ${input.file}, and give it a page or sources.`,
			`Then run npm run dev and open ${glossaryTermPath(input.id)}.`,
		],
		toolkit: [
			`Fill in the TODOs in ${input.file}: the description, the columns and an example row.`,
			`Show it in ${input.practiceFile ?? 'the practice article'} with <Toolkit id="${input.id}" />; it downloads from ${toolkitCsvPath(input.id)}.`,
			'Then run npm run dev to see it.',
		],
	} satisfies Record<Kind, string[]>;
	return [...steps[kind], `npm run dev marks it unfinished until every ${PLACEHOLDER} is written; npm run build stops on any left.`];
}
