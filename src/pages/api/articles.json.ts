import type { APIRoute } from 'astro';
import { loadCatalog, pageUrl, updatedIso } from '../../data/catalog';
import { absoluteHref } from '../../data/href';

/** Every article: `[{ id, title, description, url, topic, tags, updated }]`, sorted by id. */
export const GET: APIRoute = async () => {
	const { articles } = await loadCatalog();
	const records = [...articles]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((article) => ({
			id: article.id,
			title: article.data.title,
			description: article.data.description,
			url: absoluteHref(pageUrl(article)),
			topic: article.data.topic,
			tags: article.data.tags,
			updated: updatedIso(article),
		}));
	return Response.json(records);
};
