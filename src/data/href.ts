import { withBase } from '../lib/urls';

/** A root-relative site path (`/articles/x/`) as a URL that works under the configured base path. */
export function href(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}

/** A root-relative site path as an absolute URL on the configured site (for feeds, sitemaps and metadata). */
export function absoluteHref(path: string): string {
	return new URL(href(path), import.meta.env.SITE).href;
}
