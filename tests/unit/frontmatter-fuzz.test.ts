import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { asWritten, type Mutant, mutants, outcomeOf, SEED } from './frontmatter-fuzz';
import { type Collection, validEntries } from './schema-entries';

// Frontmatter fuzzing: valid entries of each collection, each with one mistake an author can make, checked in
// memory against the real schemas. Each mutant must fail naming the field it touched, or be published with
// exactly the values written: never a value coerced or defaulted from something else the author wrote.

/** Cases per collection; FUZZ_RUNS=<n> runs more. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);

/** Why `mutant` breaks the property, or undefined when it holds. */
function violation(collection: Collection, mutant: Mutant): string | undefined {
	const outcome = outcomeOf(collection, mutant.yaml);
	const top = mutant.field.split('.')[0]!;
	if ('yamlError' in outcome) {
		// js-yaml gives the line and column of every syntax error and repeated key; the build shows it with the file.
		return outcome.yamlError.mark ? undefined : `a YAML error without a line: ${outcome.yamlError.message}`;
	}
	if ('problems' in outcome) {
		const named = outcome.problems.some(
			({ field, message }) => field.split('.')[0] === top || (field === '' && message.includes(`"${top}"`)),
		);
		return named ? undefined : `refused without naming ${top}: ${JSON.stringify(outcome.problems)}`;
	}
	for (const [key, value] of Object.entries(outcome.written)) {
		const published = asWritten((outcome.data as Record<string, unknown>)[key]);
		if (!isDeepStrictEqual(published, value))
			return `${key} was written ${JSON.stringify(value)} but is published as ${JSON.stringify(published)}`;
	}
	return undefined;
}

describe('frontmatter fuzzing', () => {
	test.for(Object.keys(validEntries) as Collection[])(
		`every mutant of a valid %s entry fails naming its field, or is published exactly as written (${RUNS} cases, seed ${SEED})`,
		(collection) => {
			const kinds = new Map<string, number>();
			const entries = validEntries[collection];
			fc.assert(
				fc.property(
					fc.nat(entries.length - 1).chain((index) => mutants(entries[index]!)),
					(mutant) => {
						kinds.set(mutant.kind, (kinds.get(mutant.kind) ?? 0) + 1);
						const problem = violation(collection, mutant);
						// The failing case, printed whole: the mutation, the field and the YAML as the author would have written it.
						if (problem) throw new Error(`${collection}: ${mutant.kind} (${mutant.field}): ${problem}\n--- YAML ---\n${mutant.yaml}`);
					},
				),
				{ seed: SEED, numRuns: RUNS, endOnFailure: true },
			);
			// Every kind of mistake was tried, and every case ran.
			expect([...kinds.keys()].sort()).toEqual(
				[
					'add an unknown key',
					'blank a string',
					'change a date',
					'change the case',
					'change the type',
					'corrupt the YAML',
					'delete a field',
					'repeat a key',
					'swap a list and a scalar',
				].sort(),
			);
			expect([...kinds.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(RUNS);
		},
	);
});
