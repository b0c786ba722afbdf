/** A source as the schema defines it. */
export interface Source {
	title: string;
	publisher: string;
	url?: string | undefined;
	year?: number | undefined;
}

/** Drops repeated sources (same title and publisher), keeping the first, and sorts the rest by title. */
export function uniqueSources(sources: readonly Source[]): Source[] {
	const seen = new Map<string, Source>();
	for (const source of sources) {
		const key = `${source.title.toLowerCase()}\u0000${source.publisher.toLowerCase()}`;
		if (!seen.has(key)) seen.set(key, source);
	}
	return [...seen.values()].sort((a, b) => a.title.localeCompare(b.title, 'en'));
}
