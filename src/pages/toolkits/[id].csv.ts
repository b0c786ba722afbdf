import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { loadCatalog } from '../../data/catalog';
import { toCsv } from '../../lib/csv';

export const getStaticPaths = (async () => {
	const { toolkits } = await loadCatalog();
	return toolkits.map((toolkit) => ({ params: { id: toolkit.id }, props: { toolkit } }));
}) satisfies GetStaticPaths;

/** A toolkit template as a CSV file, with a byte-order mark so that spreadsheets read it as UTF-8. */
export const GET: APIRoute = ({ props }) => {
	const { data } = (props as { toolkit: CollectionEntry<'toolkits'> }).toolkit;
	return new Response(`\uFEFF${toCsv(data.columns, data.rows)}`, {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
