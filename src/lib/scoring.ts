import { parseCsv, toCsv } from './csv';

// The rules of the project scoring matrix: weights that add up to 100, scores from 1 to 5, a weighted score per
// project, a ranking, and which ranks move when one weight moves. The calculator page and its tests share them.

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** More than this is no longer a scoring matrix a board can discuss; it also caps what a shared link can ask for. */
export const MAX_CRITERIA = 20;
export const MAX_PROJECTS = 200;
const MAX_NAME = 120;

export interface Criterion {
	name: string;
	weight: number;
}

export interface ScoredProject {
	name: string;
	/** One score per criterion, in the criteria's order. */
	scores: number[];
}

export interface Ranked {
	/** The project's position in the list as entered. */
	index: number;
	name: string;
	score: number;
	/** 1 is best; projects with the same score share a rank (1, 1, 3). */
	rank: number;
}

/** A name typed or imported by a reader: trimmed, control characters refused, length capped. */
export function checkName(raw: string, what: string): { name: string } | { error: string } {
	const name = raw.trim();
	if (!name) return { error: `${what} has no name.` };
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(name)) return { error: `${what} contains a control character.` };
	if (name.length > MAX_NAME) return { error: `${what} is longer than ${MAX_NAME} characters.` };
	return { name };
}

/** A whole number from `min` to `max`, read from text; anything else (decimals, blanks, "1e1", "NaN") is refused. */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
	if (!/^\s*-?\d{1,4}\s*$/.test(text)) return undefined;
	const value = Number(text);
	return value >= min && value <= max ? value : undefined;
}

/** Why the criteria cannot be used as they stand, or an empty list when they can. */
export function criteriaProblems(criteria: readonly Criterion[]): string[] {
	const problems: string[] = [];
	if (criteria.length === 0) problems.push('Add at least one criterion.');
	if (criteria.length > MAX_CRITERIA) problems.push(`Use at most ${MAX_CRITERIA} criteria.`);
	const seen = new Set<string>();
	for (const criterion of criteria) {
		const key = criterion.name.toLowerCase();
		if (seen.has(key)) problems.push(`The criterion "${criterion.name}" is listed twice.`);
		seen.add(key);
		if (!Number.isInteger(criterion.weight) || criterion.weight < 0 || criterion.weight > 100) {
			problems.push(`The weight of "${criterion.name}" must be a whole number from 0 to 100.`);
		}
	}
	const total = criteria.reduce((sum, criterion) => sum + (Number.isInteger(criterion.weight) ? criterion.weight : 0), 0);
	if (criteria.length && total !== 100) problems.push(`The weights add up to ${total}%; they must add up to 100%.`);
	return problems;
}

/** The weighted score of one project: the sum of score × weight, divided by 100, so it stays on the 1–5 scale. */
export function weightedScore(weights: readonly number[], scores: readonly number[]): number {
	const total = weights.reduce((sum, weight, index) => sum + weight * (scores[index] ?? 0), 0) / 100;
	// Rounded so that sums of fractions that are equal on paper compare equal (0.1 + 0.2 and 0.3).
	return Math.round(total * 1e6) / 1e6;
}

/** The projects from best to worst weighted score; equal scores share a rank and keep their entry order. */
export function rankProjects(weights: readonly number[], projects: readonly ScoredProject[]): Ranked[] {
	const scored = projects.map((project, index) => ({ index, name: project.name, score: weightedScore(weights, project.scores), rank: 0 }));
	const sorted = scored.toSorted((a, b) => b.score - a.score);
	sorted.forEach((project, index) => {
		project.rank = index > 0 && project.score === sorted[index - 1]!.score ? sorted[index - 1]!.rank : index + 1;
	});
	return sorted;
}

export interface RankChange {
	criterion: string;
	/** The weight the criterion was moved to. */
	weight: number;
	/** Projects whose rank differs from the current ranking, with both ranks. */
	moves: Array<{ name: string; from: number; to: number }>;
}

/**
 * Moves each criterion's weight by ±`points` (within 0–100), scales the other weights so that the total stays 100,
 * and reports which projects change rank. A move that is impossible (a single criterion, a weight at a limit) is
 * left out; a move that changes no rank is reported with no moves.
 */
export function sensitivity(criteria: readonly Criterion[], projects: readonly ScoredProject[], points = 10): RankChange[] {
	const weights = criteria.map((criterion) => criterion.weight);
	const current = new Map(rankProjects(weights, projects).map((project) => [project.index, project.rank]));
	const changes: RankChange[] = [];
	criteria.forEach((criterion, index) => {
		const others = 100 - criterion.weight;
		for (const delta of [-points, points]) {
			const moved = criterion.weight + delta;
			if (moved < 0 || moved > 100 || others === 0) continue;
			const shifted = weights.map((weight, j) => (j === index ? moved : (weight * (100 - moved)) / others));
			const moves = rankProjects(shifted, projects)
				.filter((project) => project.rank !== current.get(project.index))
				.map((project) => ({ name: project.name, from: current.get(project.index)!, to: project.rank }));
			changes.push({ criterion: criterion.name, weight: moved, moves });
		}
	});
	return changes;
}

export interface MatrixState {
	criteria: Criterion[];
	projects: ScoredProject[];
}

/**
 * The state as query parameters: `c=<name>:<weight>` per criterion and `p=<name>:<score>,<score>,…` per project.
 * Names may hold colons; the number part follows the last one.
 */
export function encodeMatrix(state: MatrixState): URLSearchParams {
	const params = new URLSearchParams();
	for (const criterion of state.criteria) params.append('c', `${criterion.name}:${criterion.weight}`);
	for (const project of state.projects) params.append('p', `${project.name}:${project.scores.join(',')}`);
	return params;
}

/**
 * Reads the state from a shared link. Nothing in a link is trusted: every part that cannot be read is left out
 * and named in `problems`. Returns no state when the link holds no criteria.
 */
export function decodeMatrix(params: URLSearchParams): { state?: MatrixState; problems: string[] } {
	const problems: string[] = [];
	const rawCriteria = params.getAll('c');
	if (rawCriteria.length === 0) return { problems };
	const criteria: Criterion[] = [];
	for (const [index, raw] of rawCriteria.slice(0, MAX_CRITERIA).entries()) {
		const [name, number] = splitLast(raw);
		const checked = checkName(name, `Criterion ${index + 1} in the link`);
		const weight = wholeNumber(number, 0, 100);
		if ('error' in checked) problems.push(checked.error);
		else if (weight === undefined) problems.push(`The weight of "${checked.name}" in the link is not a whole number from 0 to 100.`);
		else criteria.push({ name: checked.name, weight });
	}
	if (rawCriteria.length > MAX_CRITERIA) problems.push(`The link has more than ${MAX_CRITERIA} criteria; the rest were left out.`);
	const projects: ScoredProject[] = [];
	const rawProjects = params.getAll('p');
	for (const [index, raw] of rawProjects.slice(0, MAX_PROJECTS).entries()) {
		const [name, numbers] = splitLast(raw);
		const checked = checkName(name, `Project ${index + 1} in the link`);
		const scores = numbers.split(',').map((text) => wholeNumber(text, SCORE_MIN, SCORE_MAX));
		if ('error' in checked) problems.push(checked.error);
		else if (scores.length !== criteria.length || scores.some((score) => score === undefined)) {
			problems.push(`"${checked.name}" in the link needs ${criteria.length} scores from ${SCORE_MIN} to ${SCORE_MAX}.`);
		} else projects.push({ name: checked.name, scores: scores as number[] });
	}
	if (rawProjects.length > MAX_PROJECTS) problems.push(`The link has more than ${MAX_PROJECTS} projects; the rest were left out.`);
	return { state: { criteria, projects }, problems };
}

function splitLast(raw: string): [string, string] {
	const at = raw.lastIndexOf(':');
	return at < 0 ? [raw, ''] : [raw.slice(0, at), raw.slice(at + 1)];
}

const cellText = (cells: readonly string[], index: number) => (cells[index] ?? '').trim();

/**
 * Reads a CSV file into the matrix. Two shapes are accepted: the scoring-matrix toolkit's template (first column
 * "Criterion", with a "Weight (%)" column), which replaces the criteria and keeps projects whose scores still fit;
 * and a list of projects (first column "Project", then one column per current criterion, as the export writes
 * it), which replaces the projects. Any problem rejects the whole file, naming the line.
 */
export function importMatrixCsv(text: string, current: MatrixState): { state: MatrixState } | { errors: string[] } {
	const parsed = parseCsv(text);
	if ('error' in parsed) return { errors: [parsed.error] };
	const [header, ...rows] = parsed.records;
	if (!header) return { errors: ['The file is empty.'] };
	const labels = header.cells.map((cell) => cell.trim().toLowerCase());
	const errors: string[] = [];
	const sameWidth = rows.filter((row) => {
		if (row.cells.length === header.cells.length) return true;
		errors.push(`Line ${row.line} has ${row.cells.length} fields; the header on line ${header.line} has ${header.cells.length}.`);
		return false;
	});

	if (labels[0] === 'criterion') {
		const weightAt = labels.findIndex((label) => label.startsWith('weight'));
		if (weightAt < 0) return { errors: [`Line ${header.line}: there is no "Weight (%)" column.`] };
		const criteria: Criterion[] = [];
		for (const row of sameWidth) {
			const checked = checkName(cellText(row.cells, 0), `Line ${row.line}: the criterion`);
			const weight = wholeNumber(cellText(row.cells, weightAt), 0, 100);
			if ('error' in checked) errors.push(checked.error);
			else if (weight === undefined)
				errors.push(`Line ${row.line}: the weight "${cellText(row.cells, weightAt)}" is not a whole number from 0 to 100.`);
			else criteria.push({ name: checked.name, weight });
		}
		// Weights that do not add up are let in: the page says so, and the reader fixes them there.
		if (!errors.length) errors.push(...criteriaProblems(criteria).filter((problem) => !problem.startsWith('The weights add up')));
		if (errors.length) return { errors };
		// Scores belong to criteria by name, so projects keep the scores of the criteria the file still has.
		const projects = current.projects.flatMap((project) => {
			const scores = criteria.map((criterion) => {
				const at = current.criteria.findIndex((old) => old.name.toLowerCase() === criterion.name.toLowerCase());
				return at < 0 ? undefined : project.scores[at];
			});
			return scores.every((score) => score !== undefined) ? [{ name: project.name, scores: scores as number[] }] : [];
		});
		return { state: { criteria, projects } };
	}

	if (labels[0] === 'project') {
		// The export adds these two columns; they are results, not input, so they are read past.
		const derived = new Set(['weighted score', 'rank']);
		const columns = labels.slice(1).filter((label) => !derived.has(label));
		const names = current.criteria.map((criterion) => criterion.name.toLowerCase());
		const headerErrors = [
			...columns
				.filter((label) => !names.includes(label))
				.map(
					(label) =>
						`Line ${header.line}: the column "${label}" is not one of the criteria (${current.criteria.map((c) => c.name).join(', ')}).`,
				),
			...current.criteria
				.filter((criterion) => !labels.includes(criterion.name.toLowerCase()))
				.map((criterion) => `Line ${header.line}: there is no column for the criterion "${criterion.name}".`),
		];
		// Without the right columns, every row would report the same problem.
		if (headerErrors.length) return { errors: headerErrors };
		const projects: ScoredProject[] = [];
		for (const row of sameWidth) {
			const checked = checkName(cellText(row.cells, 0), `Line ${row.line}: the project`);
			const scores = current.criteria.map((criterion) => {
				const text = cellText(row.cells, labels.indexOf(criterion.name.toLowerCase()));
				const score = wholeNumber(text, SCORE_MIN, SCORE_MAX);
				if (score === undefined)
					errors.push(`Line ${row.line}, "${criterion.name}": "${text}" is not a whole score from ${SCORE_MIN} to ${SCORE_MAX}.`);
				return score;
			});
			if ('error' in checked) errors.push(checked.error);
			else projects.push({ name: checked.name, scores: scores as number[] });
		}
		if (projects.length > MAX_PROJECTS) errors.push(`The file has more than ${MAX_PROJECTS} projects.`);
		return errors.length ? { errors } : { state: { criteria: current.criteria, projects } };
	}
	return { errors: [`Line ${header.line}: the first column must be "Criterion" (the toolkit's template) or "Project" (scored projects).`] };
}

/** The ranking as CSV: each project's scores, weighted score and rank; formula-like cells are defused by toCsv. */
export function exportMatrixCsv(state: MatrixState): string {
	const weights = state.criteria.map((criterion) => criterion.weight);
	const ranks = new Map(rankProjects(weights, state.projects).map((project) => [project.index, project]));
	const columns = [
		{ key: 'project', label: 'Project' },
		...state.criteria.map((criterion, index) => ({ key: `c${index}`, label: criterion.name })),
		{ key: 'score', label: 'Weighted score' },
		{ key: 'rank', label: 'Rank' },
	];
	const rows = state.projects.map((project, index) => ({
		project: project.name,
		...Object.fromEntries(project.scores.map((score, at) => [`c${at}`, score])),
		score: formatScore(ranks.get(index)!.score),
		rank: ranks.get(index)!.rank,
	}));
	return toCsv(columns, rows);
}

/** A weighted score as readers see it: two decimals. */
export function formatScore(score: number): string {
	return score.toFixed(2);
}

/**
 * The starting criteria from the scoring-matrix toolkit's rows ("criterion" and "weight" columns), with what is
 * wrong with them, so that the build can stop naming the toolkit file.
 */
export function criteriaFromToolkit(rows: ReadonlyArray<Readonly<Record<string, string | number>>>): {
	criteria: Criterion[];
	problems: string[];
} {
	const problems: string[] = [];
	const criteria = rows.map((row, index) => {
		if (typeof row.criterion !== 'string' || typeof row.weight !== 'number') {
			problems.push(`rows.${index}: a scoring-matrix toolkit row needs a "criterion" (text) and a "weight" (a number).`);
		}
		return { name: String(row.criterion ?? ''), weight: Number(row.weight) };
	});
	return { criteria, problems: [...problems, ...criteriaProblems(criteria)] };
}
