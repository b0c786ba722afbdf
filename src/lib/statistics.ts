/** A source as a page lists it. */
export interface NamedSource {
	title: string;
	publisher?: string;
}

/** A figure: a percentage, "N per cent", "one in four", or "N of M". */
const FIGURE =
	/\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)? per ?cent\b|\b(?:one|two|three|four|five|six|seven|eight|nine) in (?:two|three|four|five|six|seven|eight|nine|ten)\b|\b\d+ (?:out )?of (?:every )?\d+\b/i;

/** Words that mark a figure as a finding about the world rather than a worked example's arithmetic. */
const FINDING =
	/\b(?:survey(?:ed|s)?|research|stud(?:y|ies)|respondents|(?:report|survey|study|research)(?:ed)? (?:found|finds|shows|showed|says)|found that|according to|benchmark(?:ing)? (?:study|data)|poll(?:ed)?|census)\b/i;

/** Words too common to identify a publisher on their own. */
const GENERIC = new Set([
	'the',
	'project',
	'projects',
	'association',
	'institute',
	'national',
	'department',
	'office',
	'government',
	'international',
]);

/**
 * The names a sentence may cite a source by: its title, its publisher, an acronym in the publisher's name
 * ("PMI", "NAO") and the publisher's first word when it is distinctive ("Wellingtone").
 */
function namesOf(sources: readonly NamedSource[]): string[] {
	return sources
		.flatMap(({ title, publisher = '' }) => {
			const first = publisher.match(/^[A-Z][\w-]+/)?.[0];
			return [
				title,
				publisher,
				...(publisher.match(/\b[A-Z]{2,}\b/g) ?? []),
				...(first && !GENERIC.has(first.toLowerCase()) ? [first] : []),
			];
		})
		.filter((name) => name.trim().length >= 2);
}

/** A worked example opens with a paragraph starting "Example" and runs to the next heading; its figures are invented. */
const EXAMPLE = /^[*_]*Example\b/i;

/** The paragraphs of a Markdown body that state facts: worked examples, headings, tables and components left out. */
function factualParagraphs(body: string): string[] {
	const paragraphs: string[] = [];
	let inExample = false;
	for (const block of body.split(/\n\s*\n/)) {
		const text = block.trim();
		if (text.startsWith('#')) inExample = false;
		if (EXAMPLE.test(text)) inExample = true;
		if (!inExample && text && !/^[#|<]/.test(text)) paragraphs.push(text);
	}
	return paragraphs;
}

/** Splits a paragraph into sentences and list items, well enough for prose that ends sentences with ". ", "? " or "! ". */
function sentencesOf(paragraph: string): string[] {
	return paragraph
		.split('\n')
		.flatMap((line) => line.split(/(?<=[.?!*])\s+(?=[A-Z"“(*])/))
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

/**
 * The sentences of a Markdown `body` that quote a statistic (a figure presented as a finding of a survey,
 * report or study) without naming any of the page's sources in the same sentence. A reader must be able to
 * tell where every such figure comes from.
 */
export function unsourcedStatistics(body: string, sources: readonly NamedSource[]): string[] {
	const names = namesOf(sources).map((name) => name.toLowerCase());
	return factualParagraphs(body)
		.flatMap(sentencesOf)
		.filter((sentence) => {
			if (!FIGURE.test(sentence) || !FINDING.test(sentence)) return false;
			const lower = sentence.toLowerCase();
			return !names.some((name) => lower.includes(name));
		});
}
