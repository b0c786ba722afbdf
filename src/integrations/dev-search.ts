import { watch } from 'node:fs';
import { extname } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readGlossaryFile, readPageFiles } from '../data/content-files';
import { searchFilters } from '../lib/search-filters';
import { withBase } from '../lib/urls';
import { glossaryTermPath } from '../lib/routes';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Builds an in-memory Pagefind index of the content files, as the built site's index would find them. */
async function buildIndex(contentDir: string, base: string): Promise<Map<string, Uint8Array>> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(errors.join('\n'));
	for (const collection of ['articles', 'roles'] as const) {
		for (const page of readPageFiles(contentDir, collection)) {
			await index.addCustomRecord({
				url: withBase(base, page.url),
				content: `${page.title}. ${page.prose}`,
				language: 'en-gb',
				meta: { title: page.title },
				filters: searchFilters(page),
			});
		}
	}
	for (const term of readGlossaryFile(contentDir)) {
		const title = term.abbreviation ? `${term.term} (${term.abbreviation})` : term.term;
		await index.addCustomRecord({
			url: withBase(base, glossaryTermPath(term.id)),
			content: `${title}. ${term.definition}`,
			language: 'en-gb',
			meta: { title },
			filters: { type: ['Glossary term'] },
		});
	}
	const { files, errors: fileErrors } = await index.getFiles();
	if (fileErrors.length) throw new Error(fileErrors.join('\n'));
	await index.deleteIndex();
	return new Map(files.map((file) => [file.path, file.content]));
}

/**
 * Search while writing: `astro dev` has no built pages for Pagefind to index, so this serves an index built
 * from the content files themselves, and rebuilds it whenever a content file changes.
 */
export function devSearch(contentDir: string): AstroIntegration {
	let base = '/';
	return {
		name: 'pmo-kb:dev-search',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:server:setup': async ({ server, logger }) => {
				const log = logger.fork('dev-search');
				let files = new Map<string, Uint8Array>();
				let timer: NodeJS.Timeout | undefined;
				const refresh = async () => {
					try {
						files = await buildIndex(contentDir, base);
						log.info(`Search index ready (${files.size} files).`);
					} catch (cause) {
						log.error(`Could not build the search index: ${(cause as Error).message}`);
					}
				};
				await refresh();
				const watcher = watch(contentDir, { recursive: true }, () => {
					clearTimeout(timer);
					timer = setTimeout(() => void refresh(), 300);
				});
				server.httpServer?.on('close', () => {
					watcher.close();
					void pagefind.close();
				});
				const prefix = withBase(base, '/pagefind/');
				server.middlewares.use((request, response, next) => {
					const path = request.url?.split('?')[0] ?? '';
					const file = path.startsWith(prefix) ? files.get(decodeURIComponent(path.slice(prefix.length))) : undefined;
					if (!file) return next();
					response.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
					response.setHeader('Cache-Control', 'no-store');
					response.end(Buffer.from(file));
				});
			},
		},
	};
}
