import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { parseFrontmatter } from 'astro/markdown';
import { writtenDays } from '../lib/dates';

/**
 * Astro stops a collection at its first entry that does not match the schema, so an author who made three
 * mistakes needs three builds to find them. This wraps a loader so that every entry is checked, and the
 * build stops once with one line per file and field.
 */
export function withAllSchemaErrors(loader: Loader): Loader {
	return {
		...loader,
		load: async (context) => {
			const problems: string[] = [];
			const parseData: LoaderContext['parseData'] = async (props) => {
				try {
					return await context.parseData({ ...props, data: asWritten(props.data, props.filePath) });
				} catch (error) {
					problems.push(...schemaProblems(error, props.filePath));
					return props.data;
				}
			};
			await loader.load({ ...context, parseData });
			if (problems.length) {
				throw new AstroError(
					`The ${context.collection} collection has ${problems.length} invalid field(s):\n  - ${problems.join('\n  - ')}`,
					'Each line names the file and the field; src/schemas.ts documents every field.',
				);
			}
		},
	};
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
	const issues = [...message.matchAll(/^\s*\*\*(.+?)\*\*: (?:\*\*\1\*\*: )?(.*)$/gm)].map(([, field, text]) => `${file}: ${field}: ${text}`);
	return issues.length ? issues : [`${file}: ${message.replace(/\*\*/g, '').trim()}`];
}
