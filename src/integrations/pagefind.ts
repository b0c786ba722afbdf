import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { spaceBlockBoundaries } from '../lib/word-boundaries';
import { canonicalBundle, checkPagefindVersion } from './pagefind-canonical';

/** Only the kinds of page that carry data-pagefind-body: parsing the index pages too would only cost time. */
const INDEXED_DIRS = ['articles', 'roles', 'glossary', 'tools'];
/** Pages read and sent to Pagefind at a time: enough to keep it busy, few enough to keep memory flat at scale. */
const BATCH = 64;

/** The installed Pagefind's version, from its package.json, found as Node finds the package (its exports hide the file). */
function pagefindVersion(): string {
	for (let dir = process.cwd(); ; dir = dirname(dir)) {
		const manifest = join(dir, 'node_modules', 'pagefind', 'package.json');
		if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
		if (dirname(dir) === dir) return 'unknown';
	}
}

/** Builds the Pagefind search index from the built HTML, failing the build when indexing fails or finds nothing. */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'pmo-kb:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const log = logger.fork('pagefind');
				const outDir = fileURLToPath(dir);
				const problem = checkPagefindVersion(pagefindVersion());
				if (problem) {
					throw new AstroError(
						problem,
						'Pin pagefind to a version listed in src/integrations/pagefind-canonical.ts, or check that its filter files still have the layout described there and add the version.',
					);
				}
				try {
					const pageCount = await writeIndex(outDir);
					log.info(`Indexed ${pageCount} pages.`);
				} catch (cause) {
					throw new AstroError('Failed to build the Pagefind search index.', `${(cause as Error).message ?? cause}`);
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
	const pages = INDEXED_DIRS.flatMap((folder) =>
		existsSync(join(outDir, folder))
			? readdirSync(join(outDir, folder), { recursive: true, encoding: 'utf8' })
					.filter((file) => file.endsWith('.html'))
					.map((file) => join(folder, file))
					.sort()
			: [],
	);
	let pageCount = 0;
	for (let start = 0; start < pages.length; start += BATCH) {
		const batch = pages.slice(start, start + BATCH);
		const html = await Promise.all(batch.map((sourcePath) => readFile(join(outDir, sourcePath), 'utf8')));
		pageCount += html.filter((page) => page.includes('data-pagefind-body')).length;
		// Sent in a fixed order, so that two builds index the same pages in the same order; each with a space
		// at every block boundary, so that no two words run together in the index.
		const added = await Promise.all(
			batch.map((sourcePath, at) => index.addHTMLFile({ sourcePath, content: spaceBlockBoundaries(html[at]!) })),
		);
		for (const { errors } of added) if (errors.length) throw new Error(errors.join('\n'));
	}
	if (pageCount === 0) {
		throw new Error(`No page in ${outDir} has a data-pagefind-body element, so the index would be empty.`);
	}
	// Written here rather than by index.writeFiles(), whose last files can still be unwritten when the
	// service is closed (seen as an empty pagefind-entry.json with Pagefind 1.5.2; no upstream issue reports it
	// yet), and put in a canonical form on the way, so that two builds of the same content are byte-identical.
	const { errors: fileErrors, files } = await index.getFiles();
	if (fileErrors.length) throw new Error(fileErrors.join('\n'));
	for (const file of canonicalBundle(files)) {
		const path = join(outDir, 'pagefind', file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.content);
	}
	return pageCount;
}
