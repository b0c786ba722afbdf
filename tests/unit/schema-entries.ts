// The valid entries of the fixture site, read as the build reads them, and the real collection schemas to check
// them against in memory. Shared by the schema tests and the frontmatter fuzzing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { reference } from 'astro:content';
import { parseFrontmatter } from 'astro/markdown';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { writtenDays } from '../../src/lib/dates';
import { schemaIssueLines } from '../../src/lib/schema-messages';
import { contentSchemas } from '../../src/schemas/index';

const BASE = 'tests/fixtures/base';

/**
 * Astro's reference() as far as a schema sees it: an id, written as a string or a number, becomes
 * `{ id, collection }`. Whether the entry exists is checked later, by the build's integrity gate.
 */
const standIn = ((collection: string) =>
	z.union([z.number().transform((id) => String(id)), z.string()]).transform((id) => ({ id, collection }))) as unknown as typeof reference;

export const schemas = contentSchemas(standIn);
export type Collection = keyof typeof schemas;

/** The frontmatter of a page, as the build's loader hands it to the schema: YAML dates back as the text written. */
export function readPage(source: string): Record<string, unknown> {
	const { frontmatter, rawFrontmatter } = parseFrontmatter(source);
	return writtenDays(frontmatter, rawFrontmatter);
}

const read = (path: string) => readFileSync(join(BASE, path), 'utf8');

const [first, second] = ['articles/first.mdx', 'articles/second.mdx'].map((path) => readPage(read(path))) as [
	Record<string, unknown>,
	Record<string, unknown>,
];
const role = readPage(read('roles/fixture-role.mdx'));
const toolkit = yaml.load(read('toolkits/fixture-tracker.yaml')) as Record<string, unknown>;
const source = { title: 'Fixture report', publisher: 'Test suite', url: 'https://example.org/report', year: 2024 };

/** The entries of the fixture site, plus one of each page kind with every optional field filled in. */
export const validEntries: Record<Collection, Array<Record<string, unknown>>> = {
	articles: [first, second, { ...first, slug: 'fixture/first-page', audience: [2, 3], draft: false, sources: [source] }],
	roles: [
		role,
		{ ...role, alternative_titles: ['Fixture officer'], reports_to: 'fixture-lead', order: 2, tags: ['roles'], related: ['first'] },
	],
	levels: yaml.load(read('levels.yaml')) as Array<Record<string, unknown>>,
	glossary: [
		...(yaml.load(read('glossary.yaml')) as Array<Record<string, unknown>>),
		{ id: 'raid', term: 'RAID log', definition: 'Risks, assumptions, issues, dependencies.', sources: [source] },
	],
	// The fixture site has no tools; the real ones are the valid entries of each kind.
	tools: readdirSync('content/tools').map(
		(file) => yaml.load(readFileSync(join('content/tools', file), 'utf8')) as Record<string, unknown>,
	),
	toolkits: [
		toolkit,
		{
			...toolkit,
			columns: [...(toolkit.columns as unknown[]), { key: 'cost_gbp', label: 'Cost (£)', description: 'Pounds.' }],
			rows: [{ item: 'A', cost_gbp: 1200 }],
		},
	],
};

/** The lines the build would print for `data` as an entry of `collection`, from a file called "entry". */
export function problemsOf(collection: Collection, data: unknown): string[] {
	const result = schemas[collection].safeParse(data);
	return result.success ? [] : result.error.issues.flatMap((issue) => schemaIssueLines(issue, data, { file: 'entry', text: '', start: 1 }));
}

/** A Zod path as Astro's messages write it: `sources.0.title`. */
export function fieldOf(path: ReadonlyArray<PropertyKey>): string {
	return path.map(String).join('.');
}
