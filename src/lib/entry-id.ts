import { slug } from 'github-slugger';

/** An entry's id: its frontmatter `slug` when it has one, else the id of its path. */
export function entryId(entry: string, slug: unknown): string {
	return typeof slug === 'string' ? slug : idFromPath(entry);
}

/** The id of an entry from its path in the collection folder: `Structures/P3O Model.mdx` → `structures/p3o-model`. */
export function idFromPath(entry: string): string {
	const segments = entry
		.replace(/\.[^/.]+$/, '')
		.split('/')
		.map((segment) => slug(segment));
	if (segments.length > 1 && segments.at(-1) === 'index') segments.pop();
	return segments.join('/');
}
