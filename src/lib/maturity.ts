// The PMO maturity self-assessment: each answer scores its place on the scale (1 = weakest), each dimension
// scores the average of its answers, and the overall score is the average of the dimensions.

export interface MaturityResult {
	dimensions: Array<{ id: string; score: number; weak: boolean }>;
	overall: number;
}

/** One decimal place, as the page shows it. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Scores the answers, or lists the dimensions that still have unanswered questions. A dimension is weak when its
 * score is below `weakBelow`.
 */
export function assessMaturity(
	dimensions: ReadonlyArray<{ id: string; questions: number }>,
	answers: Readonly<Record<string, ReadonlyArray<number | undefined>>>,
	weakBelow: number,
): MaturityResult | { unanswered: number } {
	const unanswered = dimensions.reduce(
		(count, dimension) =>
			count +
			Array.from({ length: dimension.questions }, (_, index) => answers[dimension.id]?.[index]).filter((answer) => answer === undefined)
				.length,
		0,
	);
	if (unanswered) return { unanswered };
	const scored = dimensions.map((dimension) => {
		const values = answers[dimension.id]!.slice(0, dimension.questions) as number[];
		const score = oneDecimal(values.reduce((sum, value) => sum + value, 0) / values.length);
		return { id: dimension.id, score, weak: score < weakBelow };
	});
	return { dimensions: scored, overall: oneDecimal(scored.reduce((sum, dimension) => sum + dimension.score, 0) / scored.length) };
}

/** The bars of a horizontal bar chart of the scores, in SVG user units, one row per dimension. */
export function barChart(scores: readonly number[], max: number, { width = 600, label = 220, row = 36 } = {}) {
	const plot = width - label - 40;
	return {
		width,
		height: scores.length * row + 30,
		bars: scores.map((score, index) => ({
			x: label,
			y: index * row + 6,
			width: Math.max(0, Math.round((plot * Math.min(score, max)) / max)),
			height: row - 12,
			textY: index * row + row / 2 + 5,
		})),
		/** Where the scale's marks go along the bottom, with their values. */
		ticks: Array.from({ length: max }, (_, index) => ({ value: index + 1, x: label + Math.round((plot * (index + 1)) / max) })),
		axisY: scores.length * row,
	};
}
