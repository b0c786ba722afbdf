import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { withAllSchemaErrors } from './loaders/all-schema-errors';
import { uniqueIds } from './loaders/unique-ids';
import { yamlListLoader } from './loaders/yaml-list-loader';
import { CONTENT_DIR, LEVELS, TIERS, TOPIC_IDS } from './consts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A career level, 1 (new to project support) to 4 (directing PMOs). */
const level = z.number().int().min(1, 'Career levels run from 1 to 4.').max(4, 'Career levels run from 1 to 4.');

/**
 * A calendar day, written YYYY-MM-DD (YAML reads an unquoted one as a date). Anything else is refused rather than
 * coerced: `z.coerce.date()` turned `2026` into a moment in 1970 and "Jan 15" into a guessed year.
 */
const dayFormat = 'Write the date as YYYY-MM-DD, for example 2026-01-15.';
const day = z.union([z.date({ error: dayFormat }), z.iso.date({ error: dayFormat })], { error: dayFormat }).transform(
	(value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)),
);

/** A source a page's facts come from: shown at the foot of the page. */
const source = z.strictObject({
	title: z.string().min(1),
	publisher: z.string().min(1),
	/** Only where the document is publicly reachable. */
	url: z.url({ protocol: /^https?$/, message: 'Source URLs must be absolute http(s) URLs.' }).optional(),
	year: z.number().int().min(1900).max(2100).optional(),
});

/** Fields every page of the site carries, whatever its collection. */
const pageFields = {
	/** Fixes the page's URL (default: the file name), so that renaming the file keeps links working. */
	slug: z.string().regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/, 'A slug is lowercase words joined by hyphens.').optional(),
	title: z.string().min(1),
	/** Shown in search results and as the meta description. */
	description: z.string().min(20).max(200),
	tags: z.array(z.string().regex(kebab, 'Tags are lowercase kebab-case, e.g. "benefits-realisation".')).default([]),
	/** Last reviewed; drives "last updated" and the feed. Defaults to the date of the file's last commit. */
	updated: day.optional(),
	/** When an editor last checked every fact on the page against its sources; shown as "last reviewed". */
	reviewed: day,
	sources: z.array(source).min(1, 'List at least one source.'),
	/** Other articles worth reading next. */
	related: z.array(reference('articles')).default([]),
	/** Position within its topic; lower comes first. */
	order: z.number().int().default(100),
	/** Drafts are left out of the build. */
	draft: z.boolean().default(false),
};

/** Pages in Markdown, or MDX where they use components, one file each, published at `/<collection>/<id>/`. */
function pages(collection: 'articles' | 'roles') {
	const base = `${CONTENT_DIR}/${collection}`;
	// The source text is not kept in the data store: the Markdown plugins count the words as they render
	// (see src/markdown/word-count.ts), and a large site builds faster with a smaller store.
	return withAllSchemaErrors(glob({ pattern: '**/*.{md,mdx}', base, generateId: uniqueIds(collection, base), retainBody: false }));
}

const articles = defineCollection({
	loader: pages('articles'),
	schema: z.strictObject({
		...pageFields,
		topic: z.enum(TOPIC_IDS),
		/** Career levels the page is most useful to. */
		audience: z.array(level).min(1).default([...LEVELS]),
	}),
});

const roles = defineCollection({
	loader: pages('roles'),
	schema: z.strictObject({
		...pageFields,
		purpose: z.string().min(1),
		responsibilities: z.array(z.string().min(1)).min(1),
		skills: z.array(z.string().min(1)).min(1),
		level,
		tier: z.enum(TIERS),
		alternative_titles: z.array(z.string().min(1)).default([]),
		/** The role this one usually reports to; absent for the top of the ladder. */
		reports_to: reference('roles').optional(),
	}),
});

const levels = defineCollection({
	loader: withAllSchemaErrors(yamlListLoader(`${CONTENT_DIR}/levels.yaml`)),
	schema: z.strictObject({
		id: z.string(),
		level,
		name: z.string().min(1),
		focus: z.string().min(1),
		summary: z.string().min(1),
		/** The article that walks through this level. */
		article: reference('articles'),
		job_titles: z
			.array(z.strictObject({ title: z.string().min(1), role: reference('roles').optional() }))
			.min(1),
	}),
});

const glossary = defineCollection({
	loader: withAllSchemaErrors(yamlListLoader(`${CONTENT_DIR}/glossary.yaml`)),
	schema: z.strictObject({
		id: z.string().regex(kebab, 'Glossary ids are lowercase kebab-case.'),
		term: z.string().min(1),
		abbreviation: z.string().min(1).optional(),
		definition: z.string().min(1),
		see_also: z.array(reference('glossary')).default([]),
		/** The site page that explains the term best, as a root-relative path. */
		page: z.string().startsWith('/', 'A glossary page is a root-relative path such as /articles/p3o-model/.').optional(),
		/** Where the definition comes from, when no page of the site that uses the term already cites it. */
		sources: z.array(source).default([]),
	}),
});

const cell = z.union([z.string(), z.number()]);

const toolkits = defineCollection({
	loader: withAllSchemaErrors(glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/toolkits` })),
	schema: z
		.strictObject({
			title: z.string().min(1),
			description: z.string().min(1),
			/** The practice article the template belongs to. */
			practice: reference('articles'),
			columns: z
				.array(
					z.strictObject({
						key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'Column keys are lowercase snake_case.'),
						label: z.string().min(1),
						description: z.string().min(1),
					}),
				)
				.min(1),
			rows: z.array(z.record(z.string(), cell)).default([]),
		})
		.superRefine((toolkit, ctx) => {
			const keys = new Set(toolkit.columns.map((column) => column.key));
			if (keys.size !== toolkit.columns.length) {
				ctx.addIssue({ code: 'custom', path: ['columns'], message: 'Column keys must be unique.' });
			}
			toolkit.rows.forEach((row, index) => {
				for (const key of Object.keys(row)) {
					if (!keys.has(key)) {
						ctx.addIssue({ code: 'custom', path: ['rows', index, key], message: `"${key}" is not a column key.` });
					}
				}
			});
		}),
});

/** What every tool page carries, whatever the tool. */
const toolFields = {
	title: z.string().min(1),
	/** Shown on the tools index and as the meta description. */
	description: z.string().min(20).max(200),
	/** The practice page the tool belongs to; the tool page links back to it. */
	practice: reference('articles'),
	/** How to use the method by hand: shown on the page, and all a reader without JavaScript gets besides the form. */
	method: z.array(z.string().min(1)).min(1),
	/** Position on the tools index; lower comes first. */
	order: z.number().int().default(100),
};

/** A statement or question that needs at least a few words. */
const question = z.string().min(10, 'Write the question as a full sentence.');

/**
 * Browser tools, one YAML file each, published at `/tools/<id>/`. `kind` picks the calculator; the rest is the
 * content it works on, so that authors can change questions, criteria and weights without touching code.
 */
const tools = defineCollection({
	loader: withAllSchemaErrors(glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/tools` })),
	schema: z.discriminatedUnion('kind', [
		z.strictObject({
			kind: z.literal('scoring-matrix'),
			...toolFields,
			/** The toolkit whose "criterion" and "weight" columns give the starting criteria and weights. */
			toolkit: reference('toolkits'),
			/** Invented proposals the calculator starts with, so that a first-time reader sees a ranking. */
			examples: z
				.array(z.strictObject({ project: z.string().min(1), scores: z.array(z.number().int().min(1).max(5)).min(1) }))
				.default([]),
		}),
		z.strictObject({
			kind: z.literal('categorisation'),
			...toolFields,
			/** The toolkit whose criterion rows are the questions and whose governance rows are the answer. */
			toolkit: reference('toolkits'),
			/** The decision rule: how many criteria must point to a category (or higher) to place the project there. */
			agreeing: z.number().int().min(1).default(2),
		}),
		z.strictObject({
			kind: z.literal('maturity'),
			...toolFields,
			/** The answer scale, weakest first; each answer scores its position (1, 2, …). */
			scale: z.array(z.string().min(1)).min(3).max(7),
			/** A dimension whose average is below this is shown as weak, with the pages that help. */
			weak_below: z.number().positive(),
			dimensions: z
				.array(
					z.strictObject({
						id: z.string().regex(kebab, 'Dimension ids are lowercase kebab-case.'),
						name: z.string().min(1),
						questions: z.array(question).min(1),
						/** Pages that help a PMO strengthen this dimension. */
						pages: z.array(reference('articles')).min(1),
					}),
				)
				.min(2),
		}),
		z.strictObject({
			kind: z.literal('career-check'),
			...toolFields,
			/** The share of a level's statements a reader must meet for the level to fit, from 0 to 1. */
			fits_at: z.number().gt(0).max(1),
			levels: z
				.array(
					z.strictObject({
						level: reference('levels'),
						/** What someone working at this level does or can do, written in the first person. */
						statements: z.array(question).min(1),
					}),
				)
				.min(2),
		}),
	], { error: 'Set kind to one of scoring-matrix, categorisation, maturity or career-check.' }),
});

export const collections = { articles, roles, levels, glossary, toolkits, tools };
