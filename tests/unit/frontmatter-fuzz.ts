// Mutations of valid entries, for the frontmatter fuzzing (frontmatter-fuzz.test.ts) and for the sample of them
// that the fixture build checks (content-integrity.test.ts). Each mutation is one mistake an author can make.
import fc from 'fast-check';
import yaml from 'js-yaml';
import { writtenDays } from '../../src/lib/dates';
import { type Collection, fieldOf, schemas } from './schema-entries';

/** The seed of every fuzz run: fixed, so that a failure replays; FUZZ_SEED=<n> explores others. */
export const SEED = Number(process.env.FUZZ_SEED ?? 19);

/** One top-level field of an entry as YAML text: `key: value`, the value on one line in flow style. */
interface Line {
	key: string;
	text: string;
}

/** A mutated entry: its YAML text, the field the mutation touched, and what the mutation was. */
export interface Mutant {
	kind: string;
	field: string;
	yaml: string;
}

const flow = (value: unknown) => yaml.dump(value, { flowLevel: 0, lineWidth: -1 }).trimEnd();
const linesOf = (entry: Record<string, unknown>): Line[] =>
	Object.entries(entry).map(([key, value]) => ({ key, text: `${key}: ${flow(value)}` }));
const join = (lines: readonly Line[]) => `${lines.map((line) => line.text).join('\n')}\n`;

/** Every path to a string inside `value`, as lists of keys. */
function stringPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
	if (typeof value === 'string') return [path];
	if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
	return [];
}

/** `entry` with the value at `path` replaced. */
function setAt(entry: Record<string, unknown>, path: readonly PropertyKey[], value: unknown): Record<string, unknown> {
	const copy = structuredClone(entry);
	let target = copy as Record<PropertyKey, unknown>;
	for (const key of path.slice(0, -1)) target = target[key] as Record<PropertyKey, unknown>;
	target[path.at(-1)!] = value;
	return copy;
}

/** A value of any YAML type, to put where another type is expected. */
const anyValue = fc.oneof(
	fc.integer({ min: -5, max: 3000 }),
	fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 }),
	fc.boolean(),
	fc.constant(null),
	fc.string({ maxLength: 12 }),
	fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
	fc.dictionary(fc.constantFrom('id', 'title', 'x'), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
);

/** A date as an author might mistype it: any four-digit year, month 00-19 and day 00-39, quoted or not. */
const dateText = fc
	.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }), fc.boolean())
	.map(([year, month, day, quoted]) => {
		const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
		return quoted ? `"${text}"` : text;
	});

/** Ways to break a line's YAML syntax. */
const corruptions: Array<(text: string) => string> = [
	(text) => text.replace(': ', ': "'),
	(text) => text.replace(': ', ': ['),
	(text) => text.replace(': ', ': {'),
	(text) => `\t${text}`,
	(text) => `  ${text}`,
	(text) => text.replace(': ', ' '),
	(text) => `${text}: extra`,
	(text) => text.replace(': ', ': &anchor *alias'),
];

/** Every mutation of `entry`, as an arbitrary of mutants. */
export function mutants(entry: Record<string, unknown>): fc.Arbitrary<Mutant> {
	const lines = linesOf(entry);
	const keys = lines.map((line) => line.key);
	const key = fc.constantFrom(...keys);
	const replace = (field: string, text: string) => join(lines.map((line) => (line.key === field ? { key: field, text } : line)));
	const dateKeys = keys.filter((name) => name === 'updated' || name === 'reviewed');
	const stringKeys = keys.filter((name) => typeof entry[name] === 'string');
	const blanks = stringPaths(entry);

	return fc.oneof(
		key.map((field) => ({ kind: 'delete a field', field, yaml: join(lines.filter((line) => line.key !== field)) })),
		fc.tuple(key, anyValue).map(([field, value]) => ({ kind: 'change the type', field, yaml: replace(field, `${field}: ${flow(value)}`) })),
		fc
			.tuple(dateKeys.length ? fc.constantFrom(...dateKeys) : key, dateText)
			.map(([field, text]) => ({ kind: 'change a date', field, yaml: replace(field, `${field}: ${text}`) })),
		fc.tuple(fc.constantFrom(...blanks), fc.constantFrom('', ' ', '   ', '\t', '\u00a0', '\n')).map(([path, blank]) => {
			const field = String(path[0]);
			return { kind: 'blank a string', field: fieldOf(path), yaml: replace(field, `${field}: ${flow(setAt(entry, path, blank)[field])}`) };
		}),
		fc
			.tuple(fc.constantFrom('extra', 'Title', 'titel', 'notes', 'updated_at', 'author'), anyValue)
			.filter(([field]) => !keys.includes(field))
			.map(([field, value]) => ({
				kind: 'add an unknown key',
				field,
				yaml: join([...lines, { key: field, text: `${field}: ${flow(value)}` }]),
			})),
		fc
			.tuple(fc.constantFrom(...(stringKeys.length ? stringKeys : keys)), fc.constantFrom('upper', 'capital', 'lower'))
			.map(([field, how]) => {
				const value = String(entry[field]);
				const changed =
					how === 'upper' ? value.toUpperCase() : how === 'lower' ? value.toLowerCase() : value.charAt(0).toUpperCase() + value.slice(1);
				return { kind: 'change the case', field, yaml: replace(field, `${field}: ${flow(changed)}`) };
			}),
		key.map((field) => {
			const value = entry[field];
			const swapped = Array.isArray(value) ? (value[0] ?? 'item') : [value];
			return { kind: 'swap a list and a scalar', field, yaml: replace(field, `${field}: ${flow(swapped)}`) };
		}),
		fc.tuple(key, fc.boolean()).map(([field, same]) => ({
			kind: 'repeat a key',
			field,
			yaml: join([...lines, { key: field, text: `${field}: ${same ? flow(entry[field]) : flow('another value')}` }]),
		})),
		fc.tuple(key, fc.constantFrom(...corruptions)).map(([field, corrupt]) => ({
			kind: 'corrupt the YAML',
			field,
			yaml: replace(field, corrupt(lines.find((line) => line.key === field)!.text)),
		})),
	);
}

/** What the build makes of a mutant's YAML, in memory: a YAML error, schema problems, or the data it publishes. */
export type Outcome =
	| { yamlError: yaml.YAMLException }
	| { problems: Array<{ field: string; message: string }> }
	| { written: Record<string, unknown>; data: unknown };

/** A parsed YAML document as an entry; Astro reads frontmatter that is not a mapping as empty. */
const asEntry = (parsed: unknown) =>
	parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};

/**
 * Reads `text` as the build does (js-yaml, as Astro's frontmatter parser; the dates of a page put back as written)
 * and checks it against the collection's real schema. What the author wrote is read separately, without YAML's
 * date type, so that a date the build rolled over shows as a difference instead of being compared with itself.
 */
export function outcomeOf(collection: Collection, text: string): Outcome {
	let parsed: unknown;
	try {
		parsed = yaml.load(text);
	} catch (error) {
		if (error instanceof yaml.YAMLException) return { yamlError: error };
		throw error;
	}
	const entry = asEntry(parsed);
	const result = schemas[collection].safeParse(collection === 'articles' || collection === 'roles' ? writtenDays(entry, text) : entry);
	if (!result.success) return { problems: result.error.issues.map((issue) => ({ field: fieldOf(issue.path), message: issue.message })) };
	return { written: asEntry(yaml.load(text, { schema: yaml.CORE_SCHEMA })), data: result.data };
}

/** A published value as the author would have written it: a date as YYYY-MM-DD, a reference as its id. */
export function asWritten(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(asWritten);
	if (value && typeof value === 'object') {
		const entries = Object.entries(value);
		if (entries.length === 2 && 'id' in value && 'collection' in value) return (value as { id: unknown }).id;
		return Object.fromEntries(entries.map(([key, item]) => [key, asWritten(item)]));
	}
	return value;
}
