/** The filters the search page offers, as Pagefind names them. */
const SEARCH_FILTERS = ['type', 'topic', 'level', 'tier'] as const;

/** A search as the URL of the search page records it. */
export interface SearchState {
	term: string;
	filters: Record<string, string[]>;
}

/** Reads `?q=` and the filter parameters (`?topic=Practices&level=Level+2`) of a search page URL. */
export function readSearchParams(params: URLSearchParams): SearchState {
	const filters: Record<string, string[]> = {};
	for (const name of SEARCH_FILTERS) {
		const values = params.getAll(name).filter(Boolean);
		if (values.length) filters[name] = [...new Set(values)];
	}
	return { term: (params.get('q') ?? '').slice(0, 500), filters };
}

/** Writes a search back into URL parameters, leaving out empty parts, in a stable order. */
export function writeSearchParams({ term, filters }: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (term.trim()) params.set('q', term);
	for (const name of SEARCH_FILTERS) for (const value of filters[name] ?? []) params.append(name, value);
	return params;
}
