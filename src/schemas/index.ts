import type { reference } from 'astro:content';
import { refOf } from './fields';
import { glossarySchema } from './glossary';
import { levelSchema } from './levels';
import { articleSchema, roleSchema } from './pages';
import { toolkitSchema } from './toolkits';
import { toolSchema } from './tools';

/*
 * The schema of every collection, one concept per file in this folder. It lives apart from src/content.config.ts
 * (which adds the loaders) and takes Astro's `reference` as an argument, so that tests can check entries against
 * these very schemas in memory.
 */

/** The schema of each collection; `astroReference` is Astro's `reference`, or a stand-in in tests. */
export function contentSchemas(astroReference: typeof reference) {
	const ref = refOf(astroReference);
	return {
		articles: articleSchema(ref),
		roles: roleSchema(ref),
		levels: levelSchema(ref),
		glossary: glossarySchema(ref),
		toolkits: toolkitSchema(ref),
		tools: toolSchema(ref),
	};
}
