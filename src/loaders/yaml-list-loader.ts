import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import yaml from 'js-yaml';
import { AstroError } from 'astro/errors';

/**
 * Astro's `file()` loader only logs a YAML syntax error, a missing id or a duplicate id and goes on with
 * an empty or partial collection. This loader checks the file first and stops the build instead.
 */
export function yamlListLoader(path: string): Loader {
	const inner = file(path);
	return {
		name: 'pmo-kb:yaml-list',
		load: async (context) => {
			assertYamlList(path, readFileSync(path, 'utf8'));
			await inner.load(context);
		},
	};
}

/** Throws an error naming the file and the item when `text` is not a YAML list of items with unique ids. */
export function assertYamlList(path: string, text: string): void {
	let data: unknown;
	try {
		data = yaml.load(text, { filename: path });
	} catch (cause) {
		throw new AstroError(
			`${path}: invalid YAML. ${(cause as Error).message}`,
			'Fix the YAML at the line and column named; a quoted value with a colon in it is a common cause.',
		);
	}
	if (!Array.isArray(data))
		throw new AstroError(
			`${path}: expected a YAML list of entries ("- id: …").`,
			'Start each entry with "- id: " followed by a lowercase kebab-case id.',
		);
	const seen = new Set<string>();
	data.forEach((item: unknown, index) => {
		const id = (item as { id?: unknown } | null)?.id;
		if (typeof id !== 'string' || !id) {
			throw new AstroError(`${path}: entry ${index + 1} has no "id" (a lowercase kebab-case string).`);
		}
		if (seen.has(id)) throw new AstroError(`${path}: the id "${id}" is used twice; ids must be unique.`);
		seen.add(id);
	});
}
