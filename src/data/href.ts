import { withBase } from '../lib/urls';

/** A root-relative site path (`/articles/x/`) as a URL that works under the configured base path. */
export function href(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}
