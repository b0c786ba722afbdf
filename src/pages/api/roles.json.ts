import type { APIRoute } from 'astro';
import { loadCatalog, pageUrl, updatedIso } from '../../data/catalog';
import { absoluteHref } from '../../data/href';

/** Every role with its typed fields, sorted by career level, then id. */
export const GET: APIRoute = async () => {
	const { roles } = await loadCatalog();
	const records = [...roles]
		.sort((a, b) => a.data.level - b.data.level || a.id.localeCompare(b.id))
		.map((role) => ({
			id: role.id,
			title: role.data.title,
			description: role.data.description,
			url: absoluteHref(pageUrl(role)),
			purpose: role.data.purpose,
			level: role.data.level,
			tier: role.data.tier,
			alternative_titles: role.data.alternative_titles,
			reports_to: role.data.reports_to?.id ?? null,
			responsibilities: role.data.responsibilities,
			skills: role.data.skills,
			tags: role.data.tags,
			updated: updatedIso(role),
		}));
	return Response.json(records);
};
