import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import {
	checkName,
	criteriaFromToolkit,
	criteriaProblems,
	decodeMatrix,
	encodeMatrix,
	exportMatrixCsv,
	importMatrixCsv,
	type MatrixState,
	rankProjects,
	sensitivity,
	weightedScore,
	wholeNumber,
} from '../../src/lib/scoring';

const criteria = [
	{ name: 'Strategy', weight: 50 },
	{ name: 'Return', weight: 30 },
	{ name: 'Risk', weight: 20 },
];
const state: MatrixState = {
	criteria,
	projects: [
		{ name: 'Alpha', scores: [5, 1, 1] },
		{ name: 'Beta', scores: [3, 4, 4] },
		{ name: 'Gamma', scores: [1, 5, 5] },
	],
};

describe('weights and scores', () => {
	test('the weighted score is the sum of score times weight over 100', () => {
		// The worked example on the portfolio selection page: 150 + 60 + 45 + 15 + 30 + 50 = 350, so 3.5.
		expect(weightedScore([30, 20, 15, 15, 10, 10], [5, 3, 3, 1, 3, 5])).toBe(3.5);
	});

	test('weights must be whole numbers that add up to 100, and names must not repeat', () => {
		expect(criteriaProblems(criteria)).toEqual([]);
		expect(
			criteriaProblems([
				{ name: 'A', weight: 60 },
				{ name: 'B', weight: 30 },
			]),
		).toEqual(['The weights add up to 90%; they must add up to 100%.']);
		expect(
			criteriaProblems([
				{ name: 'A', weight: 50.5 },
				{ name: 'a', weight: 49.5 },
			]),
		).toEqual([
			'The weight of "A" must be a whole number from 0 to 100.',
			'The criterion "a" is listed twice.',
			'The weight of "a" must be a whole number from 0 to 100.',
			'The weights add up to 0%; they must add up to 100%.',
		]);
		expect(criteriaProblems([])).toEqual(['Add at least one criterion.']);
	});

	test('numbers typed or carried in a link are whole numbers in range or nothing', () => {
		expect(wholeNumber(' 40 ', 0, 100)).toBe(40);
		for (const text of ['', '4.5', '1e1', 'NaN', 'Infinity', '101', '-1', '0x10']) expect(wholeNumber(text, 0, 100)).toBeUndefined();
	});

	test('names are trimmed and refused when empty, too long or holding control characters', () => {
		expect(checkName('  Alpha ', 'Project 1')).toEqual({ name: 'Alpha' });
		expect(checkName(' ', 'Project 1')).toEqual({ error: 'Project 1 has no name.' });
		expect(checkName('a\u0000b', 'Project 1')).toEqual({ error: 'Project 1 contains a control character.' });
		expect(checkName('x'.repeat(121), 'Project 1')).toEqual({ error: 'Project 1 is longer than 120 characters.' });
	});

	test('the toolkit rows give the starting criteria, and a row without a numeric weight is named', () => {
		expect(
			criteriaFromToolkit([
				{ criterion: 'A', weight: 60 },
				{ criterion: 'B', weight: 40 },
			]),
		).toEqual({
			criteria: [
				{ name: 'A', weight: 60 },
				{ name: 'B', weight: 40 },
			],
			problems: [],
		});
		expect(criteriaFromToolkit([{ criterion: 'A', weight: '100' }]).problems[0]).toMatch(/^rows\.0: .*"weight"/);
	});
});

describe('ranking and sensitivity', () => {
	test('ranks by weighted score, best first, and equal scores share a rank', () => {
		expect(rankProjects([50, 30, 20], state.projects)).toEqual([
			{ index: 1, name: 'Beta', score: 3.5, rank: 1 },
			{ index: 0, name: 'Alpha', score: 3, rank: 2 },
			{ index: 2, name: 'Gamma', score: 3, rank: 2 },
		]);
	});

	test('moving each weight 10 points reports the projects whose rank changes', () => {
		const changes = sensitivity(criteria, state.projects);
		expect(changes).toHaveLength(6);
		const strategyUp = changes.find((change) => change.criterion === 'Strategy' && change.weight === 60)!;
		// Strategy 60, Return 24, Risk 16: Alpha 3.4, Beta 3.4, Gamma 2.6.
		expect(strategyUp.moves).toEqual([
			{ name: 'Alpha', from: 2, to: 1 },
			{ name: 'Gamma', from: 2, to: 3 },
		]);
		const strategyDown = changes.find((change) => change.criterion === 'Strategy' && change.weight === 40)!;
		// Strategy 40, Return 36, Risk 24: Beta 3.6, Gamma 3.4, Alpha 2.6.
		expect(strategyDown.moves).toEqual([{ name: 'Alpha', from: 2, to: 3 }]);
	});

	test('a move past 0 or 100, or of the only criterion, is left out', () => {
		expect(sensitivity([{ name: 'Only', weight: 100 }], [{ name: 'A', scores: [3] }])).toEqual([]);
		expect(
			sensitivity(
				[
					{ name: 'A', weight: 5 },
					{ name: 'B', weight: 95 },
				],
				[],
			).map((change) => change.weight),
		).toEqual([15, 85]);
	});
});

describe('shared links', () => {
	test('the state survives a round trip through the address, colons in names included', () => {
		const named = { ...state, projects: [{ name: 'Phase 2: rollout', scores: [1, 2, 3] }] };
		expect(decodeMatrix(new URLSearchParams(encodeMatrix(named).toString()))).toEqual({ state: named, problems: [] });
	});

	test('a link without criteria gives no state, so the page starts from the toolkit', () => {
		expect(decodeMatrix(new URLSearchParams('p=x:1'))).toEqual({ problems: [] });
	});

	test('hostile parts of a link are left out and named, never turned into NaN', () => {
		const params = new URLSearchParams();
		for (const c of ['Good:100', 'Bad:abc', '<img src=x onerror=alert(1)>:NaN', ':5']) params.append('c', c);
		for (const p of ['Fine:4', 'Short:', 'Wild:9', 'Also fine:1']) params.append('p', p);
		const { state: decoded, problems } = decodeMatrix(params);
		expect(decoded).toEqual({
			criteria: [{ name: 'Good', weight: 100 }],
			projects: [
				{ name: 'Fine', scores: [4] },
				{ name: 'Also fine', scores: [1] },
			],
		});
		expect(problems).toEqual([
			'The weight of "Bad" in the link is not a whole number from 0 to 100.',
			'The weight of "<img src=x onerror=alert(1)>" in the link is not a whole number from 0 to 100.',
			'Criterion 4 in the link has no name.',
			'"Short" in the link needs 1 scores from 1 to 5.',
			'"Wild" in the link needs 1 scores from 1 to 5.',
		]);
	});

	test('a link cannot ask for more than the caps', () => {
		const params = new URLSearchParams(Array.from({ length: 25 }, (_, i) => ['c', `C${i}:4`]));
		const { state: decoded, problems } = decodeMatrix(params);
		expect(decoded!.criteria).toHaveLength(20);
		expect(problems).toEqual(['The link has more than 20 criteria; the rest were left out.']);
	});
});

describe('CSV import and export', () => {
	const toolkitCsv = '\uFEFFCriterion,Weight (%),Scores 1 when\r\nStrategy,60,weak\r\nReturn,40,"poor, or none"\r\n';

	test("the toolkit's template replaces the criteria and keeps the scores of criteria it still has", () => {
		const result = importMatrixCsv(toolkitCsv, state);
		expect(result).toEqual({
			state: {
				criteria: [
					{ name: 'Strategy', weight: 60 },
					{ name: 'Return', weight: 40 },
				],
				projects: [
					{ name: 'Alpha', scores: [5, 1] },
					{ name: 'Beta', scores: [3, 4] },
					{ name: 'Gamma', scores: [1, 5] },
				],
			},
		});
	});

	test('the export reads back in as the same projects, with scores, weighted score and rank', () => {
		const csv = exportMatrixCsv(state);
		expect(csv.split('\r\n')[0]).toBe('Project,Strategy,Return,Risk,Weighted score,Rank');
		expect(csv.split('\r\n')[2]).toBe('Beta,3,4,4,3.50,1');
		expect(importMatrixCsv(csv, { criteria, projects: [] })).toEqual({ state });
	});

	test('the export defuses names that a spreadsheet would run as formulas', () => {
		const csv = exportMatrixCsv({ criteria: [{ name: '=cmd', weight: 100 }], projects: [{ name: '@SUM(A1)', scores: [2] }] });
		expect(parseCsv(csv)).toEqual({
			records: [
				{ line: 1, cells: ['Project', "'=cmd", 'Weighted score', 'Rank'] },
				{ line: 2, cells: ["'@SUM(A1)", '2', '2.00', '1'] },
			],
		});
	});

	test('malformed files are refused whole, each problem naming its line', () => {
		const csv = 'Project,Strategy,Return,Risk\nAlpha,5,1,1\nBeta,3,NaN,4\nGamma,1,5\n,2,2,2\n';
		expect(importMatrixCsv(csv, state)).toEqual({
			errors: [
				'Line 4 has 3 fields; the header on line 1 has 4.',
				'Line 3, "Return": "NaN" is not a whole score from 1 to 5.',
				'Line 5: the project has no name.',
			],
		});
		expect(importMatrixCsv('Project,Strategy,Cost\n', state)).toEqual({
			errors: [
				'Line 1: the column "cost" is not one of the criteria (Strategy, Return, Risk).',
				'Line 1: there is no column for the criterion "Return".',
				'Line 1: there is no column for the criterion "Risk".',
			],
		});
		expect(importMatrixCsv('Criterion,Weight (%)\nStrategy,lots\n', state)).toEqual({
			errors: ['Line 2: the weight "lots" is not a whole number from 0 to 100.'],
		});
		expect(importMatrixCsv('Name,Score\nA,1\n', state)).toEqual({
			errors: [expect.stringMatching(/^Line 1: the first column must be "Criterion"/)],
		});
		expect(importMatrixCsv('', state)).toEqual({ errors: ['The file is empty.'] });
		expect(importMatrixCsv('Criterion,Weight\n"open,1\n', state)).toEqual({ errors: ['Line 2: a quoted field is never closed.'] });
	});
});
