/*
 * The lines the build prints for frontmatter that does not match its schema: the file relative to the project,
 * the line where it can be found, the field, what was found and what is expected. Pure: the loader passes in the
 * file's text and the entry's data.
 */

/** A schema issue as Zod reports it: where, what kind, and its message; `keys` for fields the schema lacks. */
export interface SchemaIssue {
	code: string;
	path: ReadonlyArray<PropertyKey>;
	message: string;
	keys?: readonly string[];
}

/** Where an entry lives: its file (relative to the project), its text, and the line its entry starts on. */
export interface EntrySource {
	file: string;
	text: string;
	/** 1-based; 1 for a file that holds one entry, the line of `- id: …` for an item of a YAML list. */
	start: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The 1-based line of the first item of a YAML list whose `id` is `id`, or 1 when not found. */
export function listItemLine(text: string, id: string): number {
	const index = text.split('\n').findIndex((line) => new RegExp(`^-\\s+id:\\s*["']?${escape(id)}["']?\\s*$`).test(line));
	return index + 1 || 1;
}

/**
 * The 1-based line where the field at `path` is written, searching from `start`: each named key of the path in
 * turn, each after the one before. Undefined when a key is not written (a missing field).
 */
export function fieldLine(text: string, path: ReadonlyArray<PropertyKey>, start = 1): number | undefined {
	const lines = text.split('\n');
	let at = start - 1;
	for (const key of path) {
		if (typeof key !== 'string') continue;
		const pattern = new RegExp(`^\\s*(?:-\\s+)?["']?${escape(key)}["']?\\s*:`);
		const found = lines.findIndex((line, index) => index >= at && pattern.test(line));
		if (found === -1) return undefined;
		at = found;
	}
	return at + 1;
}

/** The value at `path` inside `data`. */
function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
	return path.reduce<unknown>(
		(value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
		data,
	);
}

/** A found value as the author would recognise it, shortened when long. */
function shown(value: unknown): string {
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Zod's message without what the line already says: "Invalid input: expected string, received number" → "expected string". */
function expected(message: string): string {
	const text = message.replace(/^Invalid (?:input|option): /, '').replace(/, received [^,]+$/, '');
	return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** One line per problem an issue stands for; `data` is the entry as the schema received it. */
export function schemaIssueLines(issue: SchemaIssue, data: unknown, source: EntrySource): string[] {
	const at = (path: ReadonlyArray<PropertyKey>) => {
		const line = fieldLine(source.text, path, source.start);
		return `${source.file}${line ? `:${line}` : ''}`;
	};
	const field = issue.path.map(String).join('.');
	if (issue.code === 'unrecognized_keys') {
		return (issue.keys ?? []).map((key) => {
			const path = [...issue.path, key];
			return `${at(path)}: ${path.map(String).join('.')}: found a field the schema does not have; expected only the fields src/schemas/ lists (check the spelling and the case).`;
		});
	}
	const found = valueAt(data, issue.path);
	if (found === undefined) return [`${source.file}:${source.start}: ${field}: missing; ${expected(issue.message)}`];
	// The site's own rules name the value in their message already.
	if (issue.code === 'custom') return [`${at(issue.path)}: ${field}: ${issue.message}`];
	return [`${at(issue.path)}: ${field}: found ${shown(found)}; ${expected(issue.message)}`];
}

/** The first top-level key written twice in the YAML `text`, if any. */
export function repeatedKey(text: string): { key: string; line: number } | undefined {
	const seen = new Set<string>();
	const lines = text.split('\n');
	for (const [index, line] of lines.entries()) {
		const key = /^([^\s#:-][^:]*?)\s*:(?:\s|$)/.exec(line)?.[1];
		if (key === undefined) continue;
		if (seen.has(key)) return { key, line: index + 1 };
		seen.add(key);
	}
	return undefined;
}

/**
 * The line for frontmatter, or a YAML file, that is not valid YAML. `line` is where the parser noticed (1-based in
 * the file), which can be the line after the mistake; a repeated field is named with its own line.
 */
export function yamlSyntaxLine(file: string, text: string, reason: string, line: number): string {
	const what = /\.mdx?$/.test(file) ? 'the frontmatter' : 'the file';
	const repeated = reason.includes('duplicated mapping key') ? repeatedKey(text) : undefined;
	if (repeated) return `${file}:${repeated.line}: ${repeated.key}: found the field a second time; expected each field once.`;
	const found = text.split('\n')[line - 1]?.trim();
	return `${file}:${line}: ${what} is not valid YAML (${reason})${found ? ` at or just before ${JSON.stringify(found)}` : ''}; expected "field: value" lines with quotes and brackets closed, indented with spaces.`;
}
