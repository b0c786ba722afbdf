import { ambiguousNames } from './names.ts';

/** A glossary entry as the checks and the linker see it. */
export interface GlossaryTerm {
	id: string;
	term: string;
	abbreviation?: string | undefined;
	see_also?: ReadonlyArray<{ id: string }>;
	file?: string;
}

/** Lists duplicate terms or abbreviations (ignoring case) and entries that list themselves under see_also. */
export function glossaryProblems(terms: readonly GlossaryTerm[]): string[] {
	const where = (entry: GlossaryTerm) => entry.file ?? entry.id;
	const names = terms.flatMap((entry) =>
		[entry.term, entry.abbreviation]
			.filter((name): name is string => !!name)
			.map((name) => ({ name, owner: entry.id, file: where(entry) })),
	);
	const duplicates = ambiguousNames(names).flatMap(({ claims }) =>
		claims
			.filter((claim) => claim.owner !== claims[0]!.owner)
			.map((claim) => `${claim.file}: "${claim.name}" is already used by the entry "${claims[0]!.owner}".`),
	);
	const selfReferences = terms
		.filter((entry) => entry.see_also?.some((other) => other.id === entry.id))
		.map((entry) => `${where(entry)}: see_also lists the entry itself.`);
	return [...duplicates, ...selfReferences];
}

/** A place in a text where a glossary term or abbreviation is mentioned. */
export interface TermMatch {
	start: number;
	end: number;
	id: string;
	/** Set when the match is the abbreviation, for an `<abbr title>`. */
	expansion?: string | undefined;
}

const edge = '[\\p{L}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every match of a global `pattern` in `text`. `String.prototype.matchAll` copies the pattern on each call,
 * and copying one with every glossary term in it cost the build about 6 ms a page (measured on 75 pages);
 * `exec` from the start reuses it.
 */
function* matchesOf(pattern: RegExp | undefined, text: string): Generator<RegExpExecArray> {
	if (!pattern) return;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) yield match;
}

/**
 * Builds a finder for glossary mentions in running text: terms match whatever their case, abbreviations
 * only in their own case (so "PMO" but not "pmo"), whole words only, the longest name winning.
 */
export function termFinder(terms: readonly GlossaryTerm[]): (text: string) => TermMatch[] {
	const names = new Map<string, { id: string; expansion?: string }>();
	const abbreviations = new Map<string, { id: string; expansion: string }>();
	for (const entry of terms) {
		names.set(entry.term.toLowerCase(), { id: entry.id });
		if (entry.abbreviation) abbreviations.set(entry.abbreviation, { id: entry.id, expansion: entry.term });
	}
	const pattern = (list: Iterable<string>, flags: string) => {
		const alternatives = [...list].sort((a, b) => b.length - a.length).map(escape);
		return alternatives.length ? new RegExp(`(?<!${edge})(?:${alternatives.join('|')})(?!${edge})`, flags) : undefined;
	};
	const byName = pattern(names.keys(), 'giu');
	const byAbbreviation = pattern(abbreviations.keys(), 'gu');
	return (text) => {
		const found: TermMatch[] = [];
		for (const match of matchesOf(byName, text)) {
			found.push({ start: match.index, end: match.index + match[0].length, id: names.get(match[0].toLowerCase())!.id });
		}
		for (const match of matchesOf(byAbbreviation, text)) {
			const { id, expansion } = abbreviations.get(match[0])!;
			found.push({ start: match.index, end: match.index + match[0].length, id, expansion });
		}
		found.sort((a, b) => a.start - b.start || b.end - a.end);
		return found.filter((match, index) => found.slice(0, index).every((earlier) => earlier.end <= match.start));
	};
}
