/** Where the site is served from, as read from `SITE_URL` and `BASE_PATH`. */
export interface SiteLocation {
	/** Absolute origin, e.g. `https://example.org`. */
	site: string;
	/** Sub-path with a leading and trailing slash, e.g. `/kb/`; `/` at the root. */
	base: string;
}

/** Reads and checks `SITE_URL` and `BASE_PATH`, throwing an error that names the bad variable. */
export function resolveSiteLocation(env: Record<string, string | undefined>): SiteLocation {
	const rawSite = env.SITE_URL?.trim() || 'http://localhost:4321';
	let url: URL;
	try {
		url = new URL(rawSite);
	} catch {
		throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${rawSite}".`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new Error(`SITE_URL must use http or https, got "${rawSite}".`);
	}
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_URL must be an origin only (put the sub-path in BASE_PATH), got "${rawSite}".`);
	}
	const rawBase = env.BASE_PATH?.trim() || '/';
	if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(rawBase) || rawBase.split('/').some((part) => part === '..' || part === '.')) {
		throw new Error(`BASE_PATH must be a path such as /kb/ (letters, digits, . _ ~ - only), got "${rawBase}".`);
	}
	const segments = rawBase.split('/').filter(Boolean);
	return { site: url.origin, base: segments.length ? `/${segments.join('/')}/` : '/' };
}
