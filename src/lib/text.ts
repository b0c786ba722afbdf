/** True when `text` has nothing but white space: a field an author left blank. */
export function isBlank(text: string): boolean {
	return text.trim() === '';
}

/**
 * The first character of `text` a reader cannot see or a title cannot hold, as U+XXXX, or undefined: control
 * characters (a tab, a line break, NUL) and format characters (zero-width spaces and joiners, the byte-order
 * mark, soft hyphens, direction marks). Pasted from a word processor, they split search terms and URLs silently.
 */
export function hiddenCharacter(text: string): string | undefined {
	const found = /[\p{Cc}\p{Cf}]/u.exec(text)?.[0];
	return found && `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
