import { z } from 'astro/zod';
import { kebab, text, name, type Ref } from './fields';

// The browser tools of content/tools/, one YAML file each, published at /tools/<id>/.

/** What every tool page carries, whatever the tool. */
const toolFields = (ref: Ref) => ({
	title: name(),
	/** Shown on the tools index and as the meta description. */
	description: text().min(20).max(200),
	/** The practice page the tool belongs to; the tool page links back to it. */
	practice: ref('articles'),
	/** How to use the method by hand: shown on the page, and all a reader without JavaScript gets besides the form. */
	method: z.array(text()).min(1),
	/** Position on the tools index; lower comes first. */
	order: z.number().int().default(100),
});

/** A statement or question that needs at least a few words. */
const question = text().min(10, 'Write the question as a full sentence.');

/**
 * Browser tools, one YAML file each, published at `/tools/<id>/`. `kind` picks the calculator; the rest is the
 * content it works on, so that authors can change questions, criteria and weights without touching code.
 */
export const toolSchema = (ref: Ref) =>
	z.discriminatedUnion(
		'kind',
		[
			z.strictObject({
				kind: z.literal('scoring-matrix'),
				...toolFields(ref),
				/** The toolkit whose "criterion" and "weight" columns give the starting criteria and weights. */
				toolkit: ref('toolkits'),
				/** Invented proposals the calculator starts with, so that a first-time reader sees a ranking. */
				examples: z.array(z.strictObject({ project: name(), scores: z.array(z.number().int().min(1).max(5)).min(1) })).default([]),
			}),
			z.strictObject({
				kind: z.literal('categorisation'),
				...toolFields(ref),
				/** The toolkit whose criterion rows are the questions and whose governance rows are the answer. */
				toolkit: ref('toolkits'),
				/** The decision rule: how many criteria must point to a category (or higher) to place the project there. */
				agreeing: z.number().int().min(1).default(2),
			}),
			z.strictObject({
				kind: z.literal('maturity'),
				...toolFields(ref),
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
				...toolFields(ref),
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
		],
		{ error: 'Set kind to one of scoring-matrix, categorisation, maturity or career-check.' },
	);
