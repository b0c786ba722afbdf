/** One name for one entry: a glossary term or abbreviation, or a job title of a role or career level. */
export interface Naming {
	/** The name as readers see it, e.g. "Project Management Officer". */
	name: string;
	/** The entry it leads to, e.g. `role pmo-analyst` or `glossary raid`. */
	owner: string;
	/** The file that gives the entry this name, for the author to open. */
	file: string;
}

/**
 * Every name that leads to more than one entry, compared without regard to case or spacing, with the
 * entries and files that claim it. A reader who searches a job title or a term must land on one page.
 */
export function ambiguousNames(namings: readonly Naming[]): Array<{ name: string; claims: Naming[] }> {
	const byName = new Map<string, Naming[]>();
	for (const naming of namings) {
		const key = naming.name.trim().replace(/\s+/g, ' ').toLowerCase();
		byName.set(key, [...(byName.get(key) ?? []), naming]);
	}
	return [...byName.values()]
		.filter((claims) => new Set(claims.map((claim) => claim.owner)).size > 1)
		.map((claims) => ({ name: claims[0]!.name, claims }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
