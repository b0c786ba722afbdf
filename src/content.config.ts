import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { calendarDay, dayProblem } from './lib/dates';
import { withAllSchemaErrors } from './loaders/all-schema-errors';
import { uniqueIds } from './loaders/unique-ids';
import { yamlListLoader } from './loaders/yaml-list-loader';
import { CONTENT_DIR, LEVELS, TIERS, TOPIC_IDS } from './consts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A career level, 1 (new to project support) to 4 (directing PMOs). */
const level = z.number().int().min(1, 'Career levels run from 1 to 4.').max(4, 'Career levels run from 1 to 4.');

/**
 * A calendar day, written YYYY-MM-DD, that exists and is not in the future unless `future` says it may be. The
 * loader hands over the text as written, even where YAML read it as a date (see writtenDays), so that 2024-02-30
 * is refused instead of becoming 1 March. The rule itself is dayProblem.
 */
function day({ future = false } = {}) {
	return z.string({ error: 'Write the date as YYYY-MM-DD, for example 2026-01-15.' }).transform((text, ctx) => {
		const problem = dayProblem(text, { now: new Date(), future });
		if (problem) {
			ctx.addIssue({ code: 'custom', message: problem });
			return z.NEVER;
		}
		return calendarDay(text)!;
	});
}

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
	updated: day().optional(),
	/** When an editor last checked every fact on the page against its sources; shown as "last reviewed". */
	reviewed: day(),
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

export const collections = { articles, roles, levels, glossary, toolkits };
