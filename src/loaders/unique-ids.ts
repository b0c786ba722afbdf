import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { entryId } from '../lib/entry-id.ts';

/**
 * An id generator for Astro's `glob()` loader that stops the build when two files would get the same URL.
 * Astro's own check (withastro/astro#14901, refined in #15064) only warns by default, and in Astro 7.3 the glob
 * loader returns early for a file whose contents digest matches the entry already stored under that id, before
 * the check runs: two identical files at one URL pass without a word.
 */
export function uniqueIds(collection: string, base: string) {
	const owners = new Map<string, string>();
	return ({ entry, data }: { entry: string; data: Record<string, unknown> }): string => {
		const id = entryId(entry, data.slug);
		const owner = owners.get(id);
		if (owner && owner !== entry && existsSync(join(base, owner))) {
			throw new AstroError(
				`${join(base, entry)} and ${join(base, owner)} would both be published at /${collection}/${id}/.`,
				'Rename one of the files, or give one a different `slug`; add the old address to content/redirects.yaml if it was published.',
			);
		}
		owners.set(id, entry);
		return id;
	};
}
