/** The number of words in `text`: runs of non-space characters holding at least one letter or digit. */
export function countWords(text: string): number {
	return text.match(/[^\s]*[\p{L}\p{N}][^\s]*/gu)?.length ?? 0;
}

/** Minutes to read `words` words at 200 a minute (a common rate for informational prose), at least 1. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / 200));
}
