// The career self-check: a reader ticks the statements that describe their work at each of the four levels. A
// level fits when the reader meets at least the given share of its statements and of every level below it.

export interface CareerResult {
	/** The highest level that fits, or 0 when even the first does not yet. */
	fits: number;
	/** Statements met per level, in level order. */
	met: number[];
	/** The level to grow into next (the first when none fits), or undefined at the top. */
	next?: number;
	/** The statements of the next level that the reader did not tick, by index. */
	gaps: number[];
}

export function checkCareer(
	levels: ReadonlyArray<{ statements: number }>,
	ticked: ReadonlyArray<ReadonlyArray<boolean>>,
	fitsAt: number,
): CareerResult {
	const met = levels.map(
		(level, index) => Array.from({ length: level.statements }, (_, at) => ticked[index]?.[at] === true).filter(Boolean).length,
	);
	let fits = 0;
	while (fits < levels.length && met[fits]! >= fitsAt * levels[fits]!.statements) fits += 1;
	const next = fits < levels.length ? fits : undefined;
	const gaps =
		next === undefined ? [] : Array.from({ length: levels[next]!.statements }, (_, at) => at).filter((at) => ticked[next]?.[at] !== true);
	return { fits, met, next: next === undefined ? undefined : next + 1, gaps };
}
