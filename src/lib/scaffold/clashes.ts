import { entryId } from '../entry-id.ts';
import { ambiguousNames } from '../names.ts';
import { slugFor } from '../slug.ts';
import { cleanTitle } from './checks.ts';

// Whether a new entry would take a URL, a glossary id or a name that an existing entry already has.

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
export function glossaryClash(
	entries: readonly GlossaryItem[],
	input: { id?: string; term?: string; abbreviation?: string },
): string | undefined {
	const names = (owner: string, list: unknown[]) =>
		list
			.filter((name): name is string => typeof name === 'string' && !!name.trim())
			.map((name) => ({ name: cleanTitle(name), owner, file: '' }));
	// The new entry's own names are claimed by no id yet, so any name it shares leads to two entries.
	const NEW = '';
	const clash = ambiguousNames([
		...entries.flatMap((entry) => names(String(entry.id), [entry.term, entry.abbreviation])),
		...names(NEW, [input.term, input.abbreviation]),
	]).find(({ claims }) => claims.some((claim) => claim.owner === NEW));
	if (clash) {
		const mine = clash.claims.find((claim) => claim.owner === NEW)!;
		return `"${mine.name}" is already in the glossary (entry "${clash.claims.find((claim) => claim.owner !== NEW)!.owner}").`;
	}
	const owner = input.id === undefined ? undefined : entries.find((entry) => entry.id === input.id);
	if (owner) return `The glossary id "${input.id}" is already used by the entry "${String(owner.term)}".`;
	return undefined;
}
