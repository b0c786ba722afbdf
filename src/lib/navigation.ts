/** The fields navigation orders pages by. */
export interface Orderable {
	data: { order: number; title: string };
}

/** Sorts pages by their frontmatter `order`, then alphabetically by title, without changing the input. */
export function sortByOrder<T extends Orderable>(pages: readonly T[]): T[] {
	return [...pages].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
}

/** Groups articles by topic, in the order of `topicIds`, each group sorted by `order`. */
export function groupByTopic<T extends Orderable & { data: { topic: string } }>(
	pages: readonly T[],
	topicIds: readonly string[],
): Map<string, T[]> {
	return new Map(topicIds.map((topic) => [topic, sortByOrder(pages.filter((page) => page.data.topic === topic))]));
}
