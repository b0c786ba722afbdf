import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { href } from '../data/href';

/** The web app manifest, generated so that its URLs follow the base path. */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			{
				name: SITE_TITLE,
				short_name: 'PMO KB',
				description: SITE_DESCRIPTION,
				lang: 'en-GB',
				start_url: href('/'),
				scope: href('/'),
				display: 'standalone',
				background_color: '#ffffff',
				theme_color: '#0b5cad',
				icons: [{ src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
			},
			null,
			2,
		),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
