// Finds the placeholders `npm run new` leaves in content files, with their lines: for the production build
// (which stops on them), the dev server (which marks the page unfinished) and the health report.
// Imports carry their .ts extensions so that Node can run this file directly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { type PlaceholderLine, placeholderLines } from '../lib/placeholders.ts';

/** The placeholder lines of one content file; none for a draft page, which is never published. */
export function placeholdersInFile(file: string): PlaceholderLine[] {
	const text = readFileSync(file, 'utf8');
	const found = placeholderLines(text);
	if (!found.length || !/\.mdx?$/.test(file)) return found;
	try {
		return parseFrontmatter(text).frontmatter.draft === true ? [] : found;
	} catch {
		// Frontmatter that is not YAML is reported by the build with its line; the placeholders still count.
		return found;
	}
}

/** Every placeholder line in the pages, glossary and toolkits of `contentDir`, file by file in name order. */
export function placeholdersIn(contentDir: string): Array<PlaceholderLine & { file: string }> {
	return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(mdx?|ya?ml)$/.test(name))
		.sort()
		.flatMap((name) => {
			const file = join(contentDir, name);
			return placeholdersInFile(file).map((found) => ({ file, ...found }));
		});
}
