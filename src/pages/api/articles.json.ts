import type { APIRoute } from 'astro';
import { loadCatalog, pageUrl, updatedOf } from '../../data/catalog';
import { absoluteHref } from '../../data/href';
import { isoDate } from '../../lib/dates';

/** Every article: `[{ id, title, description, url, topic, tags, updated }]`, sorted by id. */
export const GET: APIRoute = async () => {
	const { articles } = await loadCatalog();
	const records = [...articles]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((article) => {
			const updated = updatedOf(article);
			return {
				id: article.id,
				title: article.data.title,
				description: article.data.description,
				url: absoluteHref(pageUrl(article)),
				topic: article.data.topic,
				tags: article.data.tags,
				updated: updated ? isoDate(updated) : null,
			};
		});
	return Response.json(records);
};
