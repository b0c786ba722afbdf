/** A paragraph of a page's prose, with the file it comes from. */
export interface Paragraph {
	file: string;
	text: string;
}

/** Two paragraphs on different pages that say largely the same thing. */
export interface NearDuplicate {
	a: Paragraph;
	b: Paragraph;
	/** The share of the shorter paragraph's five-word runs that the other paragraph also has, 0 to 1. */
	overlap: number;
}

/**
 * Paragraphs shorter than this many words are left out: a short sentence such as a definition or a link
 * line can fairly recur.
 */
const MIN_PARAGRAPH_WORDS = 25;

/**
 * Two paragraphs are near-duplicates when at least this share of the shorter one's five-word runs appear in
 * the other. Measured on the site's content in December 2026: every pair at or above 0.15 was a passage
 * repeated from page to page (a shared opening, the same history, the same explanation of job titles),
 * while below it the shared runs were set phrases such as "portfolio, programme and project".
 */
const NEAR_DUPLICATE_OVERLAP = 0.15;

const RUN = 5;

/** The lowercase words of a paragraph, with link targets and punctuation removed. */
function wordsOf(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

/** Every run of five consecutive words in `words`. */
function runsOf(words: readonly string[]): Set<string> {
	const runs = new Set<string>();
	for (let at = 0; at + RUN <= words.length; at++) runs.add(words.slice(at, at + RUN).join(' '));
	return runs;
}

/** Splits prose into paragraphs at blank lines. */
export function paragraphsOf(file: string, prose: string): Paragraph[] {
	return prose
		.split(/\n\s*\n/)
		.map((text) => ({ file, text: text.trim() }))
		.filter((paragraph) => paragraph.text);
}

/**
 * A five-word run found in more paragraphs than this is a set phrase of the site (a template's wording), not a
 * copied passage. It is not used to find candidates, which keeps the check linear on a large knowledge base
 * whose pages share a template: the site's own content has no run in more than a handful of paragraphs.
 */
const SET_PHRASE_PARAGRAPHS = 100;

/** The position of the first number greater than `value` in the ascending list `sorted`. */
function firstAfter(sorted: readonly number[], value: number): number {
	let [low, high] = [0, sorted.length];
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! <= value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Each paragraph that repeats a paragraph of a later file in the list, paired with the one it overlaps most, if
 * that overlap reaches `threshold`; largest overlap first. One finding per paragraph at most, so that a passage
 * copied onto many pages is listed once per copy, not once per pair of copies.
 */
export function nearDuplicates(paragraphs: readonly Paragraph[], threshold = NEAR_DUPLICATE_OVERLAP): NearDuplicate[] {
	const measured = paragraphs
		.map((paragraph) => ({ paragraph, words: wordsOf(paragraph.text) }))
		.filter(({ words }) => words.length >= MIN_PARAGRAPH_WORDS)
		.map(({ paragraph, words }) => ({ paragraph, runs: runsOf(words) }));
	// Index paragraphs by run, so that only paragraphs sharing at least one run are compared.
	const byRun = new Map<string, number[]>();
	measured.forEach(({ runs }, index) => {
		for (const run of runs) {
			const list = byRun.get(run);
			if (list) list.push(index);
			else byRun.set(run, [index]);
		}
	});
	// Counting in a typed array, with files as numbers, instead of a Map per paragraph: at 5,000 pages of one
	// template this loop makes about 250 million steps, and it took 8 of the health report's 15 seconds.
	const fileIds = new Map<string, number>();
	const fileOf = Int32Array.from(
		measured,
		({ paragraph }) => fileIds.get(paragraph.file) ?? fileIds.set(paragraph.file, fileIds.size).size - 1,
	);
	const shared = new Int32Array(measured.length);
	const found: NearDuplicate[] = [];
	measured.forEach(({ paragraph, runs }, index) => {
		const touched: number[] = [];
		for (const run of runs) {
			const others = byRun.get(run)!;
			if (others.length > SET_PHRASE_PARAGRAPHS) continue;
			// Each list is in ascending order: only the paragraphs after this one are counted.
			for (let at = firstAfter(others, index); at < others.length; at++) {
				const other = others[at]!;
				if (fileOf[other] === fileOf[index]) continue;
				if (shared[other]++ === 0) touched.push(other);
			}
		}
		let best: NearDuplicate | undefined;
		for (const other of touched) {
			const overlap = shared[other]! / Math.min(runs.size, measured[other]!.runs.size);
			shared[other] = 0;
			if (overlap >= threshold && overlap > (best?.overlap ?? 0)) best = { a: paragraph, b: measured[other]!.paragraph, overlap };
		}
		if (best) found.push(best);
	});
	return found.sort((x, y) => y.overlap - x.overlap || x.a.file.localeCompare(y.a.file, 'en'));
}
