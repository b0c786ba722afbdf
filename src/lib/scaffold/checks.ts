import { TIERS, TOPICS } from '../../consts.ts';
import { slugFor } from '../slug.ts';
import { listOf } from './kinds.ts';

// Refusals for the values an author gives `npm run new`: each returns a one-line reason, or undefined.

/** A refusal for a topic that is not one of TOPICS, or undefined when it is one. */
export function checkTopic(topic: string): string | undefined {
	const ids = TOPICS.map((entry) => entry.id);
	return (ids as readonly string[]).includes(topic) ? undefined : `Unknown topic "${topic}": use one of ${listOf(ids)}.`;
}

/** A refusal for a tier that is not one of TIERS, or undefined when it is one. */
export function checkTier(tier: string): string | undefined {
	return (TIERS as readonly string[]).includes(tier) ? undefined : `Unknown tier "${tier}": use one of ${listOf(TIERS)}.`;
}

/** A refusal for a career level other than 1 to 4, or undefined when it is one. */
export function checkLevel(level: string): string | undefined {
	return /^[1-4]$/.test(level.trim()) ? undefined : `Unknown level "${level}": career levels are 1, 2, 3 or 4.`;
}

/** A title or term on one line, with runs of white space collapsed. */
export function cleanTitle(title: string): string {
	return title.replace(/\s+/g, ' ').trim();
}

/** A refusal for a title that is empty or has nothing to make a slug from, or undefined when it is usable. */
export function checkTitle(title: string, what = 'title'): string | undefined {
	const clean = cleanTitle(title);
	if (!clean) return `The ${what} is empty.`;
	if (!slugFor(clean)) return `The ${what} "${clean}" has no letters or digits (a-z, 0-9) to make a URL from.`;
	return undefined;
}

/** A refusal when `id` is not a published article (a toolkit's `practice`), naming some that are; else undefined. */
export function checkPractice(id: string, articles: ReadonlyArray<{ id: string; topic?: unknown; draft?: unknown }>): string | undefined {
	const article = articles.find((entry) => entry.id === id);
	if (article?.draft === true) return `The article "${id}" is a draft, left out of the build: choose a published article.`;
	if (article) return undefined;
	const published = articles.filter((entry) => entry.draft !== true);
	const practices = published.filter((entry) => entry.topic === 'practices');
	const suggestions = (practices.length ? practices : published).map((entry) => entry.id).sort();
	const examples = suggestions.length ? `, such as ${listOf(suggestions.slice(0, 8))}` : '';
	return `"${id}" is not an article id: use the id of an existing article${examples}.`;
}
