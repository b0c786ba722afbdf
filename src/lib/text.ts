/** Text with at least one character that is not white space: what a required field must hold. */
export const NOT_BLANK = /\S/;

/**
 * Text without control characters (a tab, a line break, NUL) or format characters (zero-width spaces and joiners,
 * the byte-order mark, soft hyphens, direction marks): what a title, term, name or label must be. Pasted from a
 * word processor, such characters are invisible, yet they split search terms and URLs.
 */
export const NO_HIDDEN_CHARACTERS = /^[^\p{Cc}\p{Cf}]*$/u;

/** True when `text` has nothing but white space: a field an author left blank. */
export function isBlank(text: string): boolean {
	return !NOT_BLANK.test(text);
}

/** The first control or format character of `text` (see NO_HIDDEN_CHARACTERS), as U+XXXX, or undefined. */
export function hiddenCharacter(text: string): string | undefined {
	const found = /[\p{Cc}\p{Cf}]/u.exec(text)?.[0];
	return found && `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
