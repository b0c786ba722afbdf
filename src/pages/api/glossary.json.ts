import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { absoluteHref } from '../../data/href';
import { glossaryTermPath } from '../../lib/routes';

/** Every glossary term: `[{ id, term, abbreviation, definition, see_also, url, page }]`, sorted by term. */
export const GET: APIRoute = async () => {
	const { glossary } = await loadCatalog();
	const records = [...glossary]
		.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'))
		.map(({ id, data }) => ({
			id,
			term: data.term,
			abbreviation: data.abbreviation ?? null,
			definition: data.definition,
			see_also: data.see_also.map((ref) => ref.id),
			url: absoluteHref(glossaryTermPath(id)),
			page: data.page ? absoluteHref(data.page) : null,
		}));
	return Response.json(records);
};
