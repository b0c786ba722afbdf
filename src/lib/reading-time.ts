/** Minutes to read `text` at 200 words a minute (a common rate for informational prose), at least 1. */
export function readingMinutes(text: string): number {
	const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	return Math.max(1, Math.round(words / 200));
}
