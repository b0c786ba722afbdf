// The valid entries of the fixture site, read as the build reads them, and the real collection schemas to check
// them against in memory. Shared by the schema tests and the frontmatter fuzzing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { reference } from 'astro:content';
import { parseFrontmatter } from 'astro/markdown';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { writtenDays } from '../../src/lib/dates';
import { contentSchemas } from '../../src/schemas';

const BASE = 'tests/fixtures/base';

/** Astro's reference() for the ids these tests use: a string id becomes `{ id, collection }`; no store is looked up. */
const standIn = ((collection: string) => z.string().transform((id) => ({ id, collection }))) as unknown as typeof reference;

export const schemas = contentSchemas(standIn);
export type Collection = keyof typeof schemas;

/** The frontmatter of a page, as the build's loader hands it to the schema: YAML dates back as the text written. */
export function readPage(source: string): Record<string, unknown> {
	const { frontmatter, rawFrontmatter } = parseFrontmatter(source);
	return writtenDays(frontmatter, rawFrontmatter);
}

const read = (path: string) => readFileSync(join(BASE, path), 'utf8');

export const validEntries: Record<Collection, Array<Record<string, unknown>>> = {
	articles: ['articles/first.mdx', 'articles/second.mdx'].map((path) => readPage(read(path))),
	roles: [readPage(read('roles/fixture-role.mdx'))],
	levels: yaml.load(read('levels.yaml')) as Array<Record<string, unknown>>,
	glossary: yaml.load(read('glossary.yaml')) as Array<Record<string, unknown>>,
	toolkits: [yaml.load(read('toolkits/fixture-tracker.yaml')) as Record<string, unknown>],
};

/** One "field: message" line per schema issue, with the field written as the build's messages write it. */
export function problemsOf(collection: Collection, data: unknown): string[] {
	const result = schemas[collection].safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${fieldOf(issue.path)}: ${issue.message}`);
}

/** A Zod path as Astro's messages write it: `sources.0.title`. */
export function fieldOf(path: ReadonlyArray<PropertyKey>): string {
	return path.map(String).join('.');
}
