import { readSearchParams, writeSearchParams } from '../lib/search-params';
import { loadSearchUi } from './search-ui';

// The search page keeps its URL in step with the search, so that a search can be shared or bookmarked and
// the back button returns to it.
void loadSearchUi().then((instance) => {
	const initial = readSearchParams(new URLSearchParams(location.search));
	if (initial.term || Object.keys(initial.filters).length) {
		instance.triggerSearchWithFilters(initial.term, initial.filters);
	}

	instance.on('search', (term, filters) => {
		const query = writeSearchParams({ term: String(term), filters: filters as Record<string, string[]> }).toString();
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
	});

	addEventListener('popstate', () => {
		const state = readSearchParams(new URLSearchParams(location.search));
		instance.triggerSearchWithFilters(state.term, state.filters);
	});
});
