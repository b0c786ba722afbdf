import type { reference as astroReference } from 'astro:content';
import { z } from 'astro/zod';
import { LEVELS, TIERS, TOPIC_IDS } from './consts';
import { calendarDay, dayProblem } from './lib/dates';
import { hiddenCharacter, NO_HIDDEN_CHARACTERS, NOT_BLANK } from './lib/text';

/*
 * The schema of every collection. It lives apart from src/content.config.ts (which adds the loaders) and takes
 * Astro's `reference` as an argument, so that tests can check entries against these very schemas in memory.
 */

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Text an author must write: a string that is not blank once trimmed. The value is kept exactly as written. A
 * pattern rather than a refinement, so that the JSON Schema editors use flags a blank value as it is typed.
 */
function text() {
	return z.string().regex(NOT_BLANK, 'expected text, not only white space.');
}

/** A title, term, name or label: text on one line, without control or invisible characters. */
function name() {
	return text().regex(NO_HIDDEN_CHARACTERS, {
		error: (issue) => `expected no control or invisible characters: it holds ${hiddenCharacter(issue.input as string)}; remove it.`,
	});
}

/** A career level, 1 (new to project support) to 4 (directing PMOs). */
const level = z.number().int().min(1, 'Career levels run from 1 to 4.').max(4, 'Career levels run from 1 to 4.');

/**
 * A calendar day, written YYYY-MM-DD, that exists and is not in the future unless `future` says it may be. The
 * loader hands over the text as written, even where YAML read it as a date (see writtenDays), so that 2024-02-30
 * is refused instead of becoming 1 March. The rule itself is dayProblem.
 */
function day({ future = false } = {}) {
	return z.string({ error: 'expected a date written YYYY-MM-DD, for example 2026-01-15.' }).transform((value, ctx) => {
		const problem = dayProblem(value, { now: new Date(), future });
		if (problem) {
			ctx.addIssue({ code: 'custom', message: problem });
			return z.NEVER;
		}
		return calendarDay(value)!;
	});
}

/** The schema of each collection; `reference` is Astro's, or a stand-in in tests. */
export function contentSchemas(reference: typeof astroReference) {
	/** An entry of `collection`, by id. Only a string: Astro's own reference would turn a number into an id. */
	const ref = <C extends string>(collection: C) => z.string().pipe(reference(collection));

	/** A source a page's facts come from: shown at the foot of the page. */
	const source = z.strictObject({
		title: name(),
		publisher: text(),
		/** Only where the document is publicly reachable. */
		url: z.url({ protocol: /^https?$/, message: 'Source URLs must be absolute http(s) URLs.' }).optional(),
		year: z.number().int().min(1900).max(2100).optional(),
	});

	/** Fields every page of the site carries, whatever its collection. */
	const pageFields = {
		/** Fixes the page's URL (default: the file name), so that renaming the file keeps links working. */
		slug: z.string().regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/, 'A slug is lowercase words joined by hyphens.').optional(),
		title: name(),
		/** Shown in search results and as the meta description. */
		description: text().min(20).max(200),
		tags: z.array(z.string().regex(kebab, 'Tags are lowercase kebab-case, e.g. "benefits-realisation".')).default([]),
		/** Last changed; drives "last updated" and the feed. Defaults to the date of the file's last commit. */
		updated: day().optional(),
		/** When an editor last checked every fact on the page against its sources; shown as "last reviewed". */
		reviewed: day(),
		sources: z.array(source).min(1, 'List at least one source.'),
		/** Other articles worth reading next. */
		related: z.array(ref('articles')).default([]),
		/** Position within its topic; lower comes first. */
		order: z.number().int().default(100),
		/** Drafts are left out of the build. */
		draft: z.boolean().default(false),
	};

	const articles = z.strictObject({
		...pageFields,
		topic: z.enum(TOPIC_IDS),
		/** Career levels the page is most useful to. */
		audience: z.array(level).min(1).default([...LEVELS]),
	});

	const roles = z.strictObject({
		...pageFields,
		purpose: text(),
		responsibilities: z.array(text()).min(1),
		skills: z.array(text()).min(1),
		level,
		tier: z.enum(TIERS),
		alternative_titles: z.array(name()).default([]),
		/** The role this one usually reports to; absent for the top of the ladder. */
		reports_to: ref('roles').optional(),
	});

	const levels = z.strictObject({
		id: z.string().regex(kebab, 'Level ids are lowercase kebab-case.'),
		level,
		name: name(),
		focus: text(),
		summary: text(),
		/** The article that walks through this level. */
		article: ref('articles'),
		job_titles: z.array(z.strictObject({ title: name(), role: ref('roles').optional() })).min(1),
	});

	const glossary = z.strictObject({
		id: z.string().regex(kebab, 'Glossary ids are lowercase kebab-case.'),
		term: name(),
		abbreviation: name().optional(),
		definition: text(),
		see_also: z.array(ref('glossary')).default([]),
		/** The site page that explains the term best, as a root-relative path. */
		page: z.string().startsWith('/', 'A glossary page is a root-relative path such as /articles/p3o-model/.').optional(),
		/** Where the definition comes from, when no page of the site that uses the term already cites it. */
		sources: z.array(source).default([]),
	});

	const cell = z.union([z.string(), z.number()]);

	const toolkits = z
		.strictObject({
			title: name(),
			description: text(),
			/** The practice article the template belongs to. */
			practice: ref('articles'),
			columns: z
				.array(
					z.strictObject({
						key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'Column keys are lowercase snake_case.'),
						label: name(),
						description: text(),
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
		});

	/** What every tool page carries, whatever the tool. */
	const toolFields = {
		title: name(),
		/** Shown on the tools index and as the meta description. */
		description: text().min(20).max(200),
		/** The practice page the tool belongs to; the tool page links back to it. */
		practice: ref('articles'),
		/** How to use the method by hand: shown on the page, and all a reader without JavaScript gets besides the form. */
		method: z.array(text()).min(1),
		/** Position on the tools index; lower comes first. */
		order: z.number().int().default(100),
	};

	/** A statement or question that needs at least a few words. */
	const question = text().min(10, 'Write the question as a full sentence.');

	/**
	 * Browser tools, one YAML file each, published at `/tools/<id>/`. `kind` picks the calculator; the rest is the
	 * content it works on, so that authors can change questions, criteria and weights without touching code.
	 */
	const tools = z.discriminatedUnion('kind', [
			z.strictObject({
				kind: z.literal('scoring-matrix'),
				...toolFields,
				/** The toolkit whose "criterion" and "weight" columns give the starting criteria and weights. */
				toolkit: ref('toolkits'),
				/** Invented proposals the calculator starts with, so that a first-time reader sees a ranking. */
				examples: z
					.array(z.strictObject({ project: name(), scores: z.array(z.number().int().min(1).max(5)).min(1) }))
					.default([]),
			}),
			z.strictObject({
				kind: z.literal('categorisation'),
				...toolFields,
				/** The toolkit whose criterion rows are the questions and whose governance rows are the answer. */
				toolkit: ref('toolkits'),
				/** The decision rule: how many criteria must point to a category (or higher) to place the project there. */
				agreeing: z.number().int().min(1).default(2),
			}),
			z.strictObject({
				kind: z.literal('maturity'),
				...toolFields,
				/** The answer scale, weakest first; each answer scores its position (1, 2, …). */
				scale: z.array(name()).min(3).max(7),
				/** A dimension whose average is below this is shown as weak, with the pages that help. */
				weak_below: z.number().positive(),
				dimensions: z
					.array(
						z.strictObject({
							id: z.string().regex(kebab, 'Dimension ids are lowercase kebab-case.'),
							name: name(),
							questions: z.array(question).min(1),
							/** Pages that help a PMO strengthen this dimension. */
							pages: z.array(ref('articles')).min(1),
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
							level: ref('levels'),
							/** What someone working at this level does or can do, written in the first person. */
							statements: z.array(question).min(1),
						}),
					)
					.min(2),
			}),
		], { error: 'Set kind to one of scoring-matrix, categorisation, maturity or career-check.' });

	return { articles, roles, levels, glossary, toolkits, tools };
}
