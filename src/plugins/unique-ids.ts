import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';

/**
 * An id generator for Astro's `glob()` loader that stops the build when two files would get the same URL.
 * Astro's own check is skipped when the two files have identical contents, so it cannot be relied on.
 */
export function uniqueIds(collection: string, base: string) {
	const owners = new Map<string, string>();
	return ({ entry, data }: { entry: string; data: Record<string, unknown> }): string => {
		const id = entryId(entry, data.slug);
		const owner = owners.get(id);
		if (owner && owner !== entry && existsSync(join(base, owner))) {
			throw new Error(
				`${join(base, entry)} and ${join(base, owner)} would both be published at /${collection}/${id}/. ` +
					'Rename one of the files, or give one a different `slug`.',
			);
		}
		owners.set(id, entry);
		return id;
	};
}

/** An entry's id: its frontmatter `slug` when it has one, else the id of its path. */
export function entryId(entry: string, slug: unknown): string {
	return typeof slug === 'string' ? slug : idFromPath(entry);
}

/** The id of an entry from its path in the collection folder: `Structures/P3O Model.mdx` → `structures/p3o-model`. */
export function idFromPath(entry: string): string {
	const segments = entry.replace(/\.[^/.]+$/, '').split('/').map((segment) => slug(segment));
	if (segments.length > 1 && segments.at(-1) === 'index') segments.pop();
	return segments.join('/');
}
