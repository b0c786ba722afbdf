import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Builds the Pagefind search index from the built HTML, failing the build when indexing fails or finds nothing. */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'pmo-kb:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const log = logger.fork('pagefind');
				const outDir = fileURLToPath(dir);
				try {
					const pageCount = await writeIndex(outDir);
					log.info(`Indexed ${pageCount} pages.`);
				} catch (cause) {
					throw new Error('Failed to build the Pagefind search index.', { cause });
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

async function writeIndex(outDir: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(errors.join('\n'));
	const added = await index.addDirectory({ path: outDir });
	if (added.errors.length) throw new Error(added.errors.join('\n'));
	if (added.page_count === 0) {
		throw new Error(`No page in ${outDir} has a data-pagefind-body element, so the index would be empty.`);
	}
	const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
	if (written.errors.length) throw new Error(written.errors.join('\n'));
	return added.page_count;
}
