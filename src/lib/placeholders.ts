/**
 * The mark of every placeholder `npm run new` writes (src/lib/scaffold/templates.ts): a description, purpose, source,
 * definition, column or paragraph that still reads "TODO: …" has not been written yet.
 */
export const PLACEHOLDER = 'TODO:';

/** A line of a content file that still holds a placeholder. */
export interface PlaceholderLine {
	/** 1-based. */
	line: number;
	/** The line, trimmed. */
	text: string;
}

/** The lines of `text` that hold a placeholder, in order. */
export function placeholderLines(text: string): PlaceholderLine[] {
	return text.split('\n').flatMap((line, index) => (line.includes(PLACEHOLDER) ? [{ line: index + 1, text: line.trim() }] : []));
}

/** True when `value`, or any string inside it, holds a placeholder: for an entry read without its file's lines. */
export function holdsPlaceholder(value: unknown): boolean {
	if (typeof value === 'string') return value.includes(PLACEHOLDER);
	if (Array.isArray(value)) return value.some(holdsPlaceholder);
	return typeof value === 'object' && value !== null && Object.values(value).some(holdsPlaceholder);
}

/** The message that stops a production build, one line per placeholder. */
export function placeholderMessage(found: ReadonlyArray<PlaceholderLine & { file: string }>): string {
	return [
		`${found.length} placeholder(s) left by npm run new would be published:`,
		...found.map(({ file, line, text }) => `  - ${file}:${line}: found the placeholder ${text}; expected the text it asks for.`),
		'Write them, or set draft: true on the page to keep it out of the build; npm run dev still shows the page, marked unfinished.',
	].join('\n');
}
