/** The fields navigation orders pages by. */
export interface Orderable {
	data: { order: number; title: string };
}

/** Sorts pages by their frontmatter `order`, then alphabetically by title, without changing the input. */
export function sortByOrder<T extends Orderable>(pages: readonly T[]): T[] {
	return [...pages].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
}

/** Sorts roles by career level, then alphabetically by title: the order readers meet roles in everywhere. */
export function sortByLevel<T extends { data: { level: number; title: string } }>(roles: readonly T[]): T[] {
	return [...roles].sort((a, b) => a.data.level - b.data.level || a.data.title.localeCompare(b.data.title, 'en'));
}

/**
 * At most `size` pages around position `index`, so that a page's navigation stays the same size however many
 * pages its topic has. Small topics are listed whole.
 */
export function navWindow<T>(pages: readonly T[], index: number, size: number): { pages: T[]; start: number } {
	if (pages.length <= size) return { pages: [...pages], start: 0 };
	const start = Math.min(Math.max(0, index - Math.floor(size / 2)), pages.length - size);
	return { pages: pages.slice(start, start + size), start };
}

/** The pages before and after position `index` in an ordered list. */
export function neighbours<T>(pages: readonly T[], index: number): { prev: T | undefined; next: T | undefined } {
	return { prev: index > 0 ? pages[index - 1] : undefined, next: pages[index + 1] };
}
