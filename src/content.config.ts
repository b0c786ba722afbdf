import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { withAllSchemaErrors } from './loaders/all-schema-errors';
import { uniqueIds } from './loaders/unique-ids';
import { yamlListLoader } from './loaders/yaml-list-loader';
import { CONTENT_DIR } from './consts';
import { contentSchemas } from './schemas';

// The fields of every collection, with a comment on each, are in src/schemas/; this file says where each is read from.
const schemas = contentSchemas(reference);

/** Pages in Markdown, or MDX where they use components, one file each, published at `/<collection>/<id>/`. */
function pages(collection: 'articles' | 'roles') {
	const schema = schemas[collection];
	const base = `${CONTENT_DIR}/${collection}`;
	// The source text is not kept in the data store: the Markdown plugins count the words as they render
	// (see src/markdown/word-count.ts), and a large site builds faster with a smaller store.
	return withAllSchemaErrors(glob({ pattern: '**/*.{md,mdx}', base, generateId: uniqueIds(collection, base), retainBody: false }), schema);
}

const articles = defineCollection({ loader: pages('articles'), schema: schemas.articles });
const roles = defineCollection({ loader: pages('roles'), schema: schemas.roles });
const levels = defineCollection({
	loader: withAllSchemaErrors(yamlListLoader(`${CONTENT_DIR}/levels.yaml`), schemas.levels, { list: true }),
	schema: schemas.levels,
});
const glossary = defineCollection({
	loader: withAllSchemaErrors(yamlListLoader(`${CONTENT_DIR}/glossary.yaml`), schemas.glossary, { list: true }),
	schema: schemas.glossary,
});
const toolkits = defineCollection({
	loader: withAllSchemaErrors(glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/toolkits` }), schemas.toolkits),
	schema: schemas.toolkits,
});

/**
 * Browser tools, one YAML file each, published at `/tools/<id>/`. `kind` picks the calculator; the rest is the
 * content it works on, so that authors can change questions, criteria and weights without touching code.
 */
const tools = defineCollection({
	loader: withAllSchemaErrors(glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/tools` }), schemas.tools),
	schema: schemas.tools,
});

export const collections = { articles, roles, levels, glossary, toolkits, tools };
