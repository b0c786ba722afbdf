import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { loadCatalog, pageUrl, updatedOf } from '../data/catalog';
import { absoluteHref } from '../data/href';

/** Every article and role page, most recently updated first. */
export const GET: APIRoute = async () => {
	const { pagesByUrl } = await loadCatalog();
	const items = [...pagesByUrl.values()]
		.map((page) => ({ page, updated: updatedOf(page) }))
		.sort((a, b) => (b.updated?.getTime() ?? 0) - (a.updated?.getTime() ?? 0) || a.page.data.title.localeCompare(b.page.data.title, 'en'));
	return rss({
		title: SITE_TITLE,
		description: SITE_DESCRIPTION,
		site: absoluteHref('/'),
		items: items.map(({ page, updated }) => ({
			title: page.data.title,
			description: page.data.description,
			link: absoluteHref(pageUrl(page)),
			...(updated && { pubDate: updated }),
			categories: page.data.tags,
		})),
		customData: '<language>en-gb</language>',
	});
};
