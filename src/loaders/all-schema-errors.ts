import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { writtenDays } from '../lib/dates';
import { listItemLine, schemaIssueLines, yamlSyntaxLine } from '../lib/schema-messages';

/**
 * Astro stops a collection at its first entry that does not match the schema, so an author who made three
 * mistakes needs three builds to find them. This wraps a loader so that every entry is checked, and the
 * build stops once with one line per problem: file, line, field, what was found and what is expected.
 * `schema` is the collection's own, checked again on failure for the details Astro's message leaves out;
 * `list` says the file holds a YAML list of entries, each starting at its `- id:` line.
 */
export function withAllSchemaErrors(loader: Loader, schema: z.ZodType, { list = false } = {}): Loader {
	return {
		...loader,
		load: async (context) => {
			const problems: string[] = [];
			const parseData: LoaderContext['parseData'] = async (props) => {
				const data = asWritten(props.data, props.filePath);
				try {
					return await context.parseData({ ...props, data });
				} catch (error) {
					problems.push(...problemLines(error, data, props.id, props.filePath, list, schema));
					return props.data;
				}
			};
			try {
				await loader.load({ ...context, parseData });
			} catch (error) {
				throw yamlError(error) ?? error;
			}
			if (problems.length) {
				throw new AstroError(
					`The ${context.collection} collection has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`,
					'Each line names the file, the line, the field, what was found and what is expected; src/schemas/ documents every field.',
				);
			}
		},
	};
}

/** The lines for an entry the schema refused; Astro's own message when the schema alone does not explain it. */
function problemLines(error: unknown, data: unknown, id: string, filePath: string | undefined, list: boolean, schema: z.ZodType): string[] {
	const result = schema.safeParse(data);
	if (result.success || !filePath) return schemaProblems(error, filePath);
	const text = readFileSync(filePath, 'utf8');
	const source = { file: relative(process.cwd(), filePath), text, start: list ? listItemLine(text, id) : 1 };
	return result.error.issues.flatMap((issue) => schemaIssueLines(issue as Parameters<typeof schemaIssueLines>[0], data, source));
}

/** Astro's error for frontmatter or a data file that is not YAML, as one actionable line; undefined for any other error. */
function yamlError(error: unknown): Error | undefined {
	const { name, loc, message = '' } = error as { name?: string; loc?: { file?: string; line?: number }; message?: string };
	if (!['YAMLException', 'MarkdownError', 'DataCollectionEntryParseError'].includes(name ?? '') || !loc?.file || loc.line === undefined)
		return undefined;
	const file = relative(process.cwd(), loc.file);
	const lines = readFileSync(loc.file, 'utf8').split('\n');
	// A page's frontmatter alone, lines numbered as in the file: a body line such as "Note: …" is not a field.
	const end = /\.mdx?$/.test(file) ? lines.findIndex((text, index) => index > 0 && text.trim() === '---') : -1;
	const yaml = (end === -1 ? lines : lines.slice(0, end)).join('\n');
	const reason = message.replace(/^.*failed to parse: /s, '');
	return new AstroError(
		`Content that is not valid YAML:\n  - ${yamlSyntaxLine(file, yaml, reason, loc.line)}`,
		'Fix the line named, then build again.',
	);
}

/** A page's frontmatter with its dates as the author wrote them, so that the schema checks the text (see writtenDays). */
function asWritten<T extends Record<string, unknown>>(data: T, filePath: string | undefined): T {
	if (!filePath || !/\.mdx?$/.test(filePath)) return data;
	// The schema, not this type, says what the fields hold.
	return writtenDays(data, parseFrontmatter(readFileSync(filePath, 'utf8')).rawFrontmatter) as T;
}

/** One "file: field: message" line per schema issue in Astro's InvalidContentEntryDataError. */
export function schemaProblems(error: unknown, filePath: string | undefined): string[] {
	const { message = String(error), loc } = error as { message?: string; loc?: { file?: string } };
	const file = relative(process.cwd(), loc?.file ?? filePath ?? '') || 'unknown file';
	// Astro writes each issue as "**field**: message", and its error map may repeat the field in the message.
	const issues = [...message.matchAll(/^\s*\*\*(.+?)\*\*: (?:\*\*\1\*\*: )?(.*)$/gm)].map(
		([, field, text]) => `${file}: ${field}: ${text}`,
	);
	return issues.length ? issues : [`${file}: ${message.replace(/\*\*/g, '').trim()}`];
}
