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
	const problems: string[] = [];
	const seen = new Map<string, string>();
	for (const entry of terms) {
		const where = entry.file ?? entry.id;
		for (const name of [entry.term, entry.abbreviation]) {
			if (!name) continue;
			const key = name.toLowerCase();
			const owner = seen.get(key);
			if (owner && owner !== entry.id) problems.push(`${where}: "${name}" is already used by the entry "${owner}".`);
			else seen.set(key, entry.id);
		}
		if (entry.see_also?.some((other) => other.id === entry.id)) {
			problems.push(`${where}: see_also lists the entry itself.`);
		}
	}
	return problems;
}
