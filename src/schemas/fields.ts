import type { reference as astroReference } from 'astro:content';
import { z } from 'astro/zod';
import { calendarDay, dayProblem } from '../lib/dates';
import { hiddenCharacter, NO_HIDDEN_CHARACTERS, NOT_BLANK } from '../lib/text';

// The field types every collection's schema is built from, so that one rule (blank text, a real day) is written once.

export const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Text an author must write: a string that is not blank once trimmed. The value is kept exactly as written. A
 * pattern rather than a refinement, so that the JSON Schema editors use flags a blank value as it is typed.
 */
export function text() {
	return z.string().regex(NOT_BLANK, 'expected text, not only white space.');
}

/** A title, term, name or label: text on one line, without control or invisible characters. */
export function name() {
	return text().regex(NO_HIDDEN_CHARACTERS, {
		error: (issue) => `expected no control or invisible characters: it holds ${hiddenCharacter(issue.input as string)}; remove it.`,
	});
}

/** A career level, 1 (new to project support) to 4 (directing PMOs). */
export const level = z.number().int().min(1, 'Career levels run from 1 to 4.').max(4, 'Career levels run from 1 to 4.');

/**
 * A calendar day, written YYYY-MM-DD, that exists and is not in the future unless `future` says it may be. The
 * loader hands over the text as written, even where YAML read it as a date (see writtenDays), so that 2024-02-30
 * is refused instead of becoming 1 March. The rule itself is dayProblem.
 */
export function day({ future = false } = {}) {
	return z.string({ error: 'expected a date written YYYY-MM-DD, for example 2026-01-15.' }).transform((value, ctx) => {
		const problem = dayProblem(value, { now: new Date(), future });
		if (problem) {
			ctx.addIssue({ code: 'custom', message: problem });
			return z.NEVER;
		}
		return calendarDay(value)!;
	});
}

/** An entry of another collection, by id, as Astro's `reference` (or a stand-in in tests) resolves it. */
export type Ref = ReturnType<typeof refOf>;

/** Astro's reference, taking only a string: Astro's own would turn a number into an id. */
export function refOf(reference: typeof astroReference) {
	return <C extends string>(collection: C) => z.string().pipe(reference(collection));
}

/** A source a page's facts come from: shown at the foot of the page. */
export const source = z.strictObject({
	title: name(),
	publisher: text(),
	/** Only where the document is publicly reachable. */
	url: z.url({ protocol: /^https?$/, message: 'Source URLs must be absolute http(s) URLs.' }).optional(),
	year: z.number().int().min(1900).max(2100).optional(),
});
