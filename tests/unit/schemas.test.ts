import { describe, expect, test } from 'vitest';
import { hiddenCharacter, isBlank } from '../../src/lib/text';
import { validEntries, schemas, problemsOf } from './schema-entries';

describe('isBlank and hiddenCharacter', () => {
	test.for(['', '   ', '\t\n', '\u00a0\u3000'])('%j is blank', (text) => expect(isBlank(text)).toBe(true));

	test('text with a visible character is not blank', () => expect(isBlank('  a ')).toBe(false));

	test.for([
		['Stage\u200bgates', 'U+200B'],
		['Stage\u200dgates', 'U+200D'],
		['\ufeffTitle', 'U+FEFF'],
		['Two\nlines', 'U+000A'],
		['Tab\there', 'U+0009'],
		['soft\u00adhyphen', 'U+00AD'],
		['rtl\u202emark', 'U+202E'],
	])('%j holds %s', ([text, code]) => expect(hiddenCharacter(text)).toBe(code));

	test('accented letters, dashes, curly quotes and the registered mark are visible', () => {
		expect(hiddenCharacter('P3O® – “Café” PMO’s')).toBeUndefined();
	});
});

describe('the collection schemas', () => {
	test.for(Object.keys(validEntries))('accept every valid %s entry of the fixture site', (collection) => {
		for (const entry of validEntries[collection as keyof typeof validEntries]) {
			expect(problemsOf(collection as keyof typeof schemas, entry)).toEqual([]);
		}
	});

	// Every required text field of every collection, as a path into a valid entry.
	const textFields = {
		articles: ['title', 'description', 'sources.0.title', 'sources.0.publisher'],
		roles: ['title', 'description', 'purpose', 'responsibilities.0', 'skills.0', 'sources.0.title', 'sources.0.publisher'],
		levels: ['name', 'focus', 'summary', 'job_titles.0.title'],
		glossary: ['term', 'abbreviation', 'definition'],
		toolkits: ['title', 'description', 'columns.0.label', 'columns.0.description'],
	} as const;
	const cases = Object.entries(textFields).flatMap(([collection, paths]) =>
		paths.map((path) => [collection, path] as [keyof typeof schemas, string]),
	);

	test.for(cases)('%s refuse a blank %s, naming the field and the value', ([collection, path]) => {
		const entry = withValue(validEntries[collection][0]!, path, '   ');
		expect(problemsOf(collection, entry)).toContain(`entry: ${path}: found "   "; expected text, not only white space.`);
	});

	const titles = { articles: 'title', roles: 'title', levels: 'name', glossary: 'term', toolkits: 'title' } as const;
	test.for(Object.entries(titles))('%s refuse a zero-width space in the %s', ([collection, path]) => {
		const entry = withValue(validEntries[collection as keyof typeof schemas][0]!, path, 'Stage\u200bgates');
		expect(problemsOf(collection as keyof typeof schemas, entry)).toContain(
			`entry: ${path}: found "Stage\u200bgates"; expected no control or invisible characters: it holds U+200B; remove it.`,
		);
	});

	test('refuse a date that is not text, instead of reading 2024 as a moment in 1970', () => {
		expect(problemsOf('articles', withValue(validEntries.articles[0]!, 'reviewed', 2024))).toEqual([
			'entry: reviewed: found 2024; expected a date written YYYY-MM-DD, for example 2026-01-15.',
		]);
	});

	test('refuse a reference written as a number, which Astro would turn into the id "5"', () => {
		expect(problemsOf('toolkits', withValue(validEntries.toolkits[0]!, 'practice', 5))).toEqual([
			'entry: practice: found 5; expected string.',
		]);
	});

	test('keep text exactly as written, spaces and all', () => {
		const entry = withValue(validEntries.glossary[0]!, 'definition', '  Padded. ');
		const result = schemas.glossary.safeParse(entry);
		expect(result.success && result.data.definition).toBe('  Padded. ');
	});
});

/** A deep copy of `entry` with the value at the dotted `path` replaced. */
function withValue(entry: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
	const copy = structuredClone(entry);
	const keys = path.split('.');
	let target: Record<string, unknown> = copy;
	for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
	target[keys.at(-1)!] = value;
	return copy;
}
