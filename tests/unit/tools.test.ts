import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { checkCareer } from '../../src/lib/career-check';
import { categorise, type CategoryScheme, schemeFromToolkit } from '../../src/lib/categorisation';
import { assessMaturity, barChart } from '../../src/lib/maturity';
import { decodeAnswers, encodeAnswers } from '../../src/lib/tool-answers';

describe('answers in a shared link', () => {
	const groups = [
		{ id: 'risk', questions: 3, min: 1, max: 5 },
		{ id: 'cost', questions: 1, min: 1, max: 4 },
	];

	test('survive a round trip, unanswered questions included', () => {
		const answers = { risk: [2, undefined, 5], cost: [undefined] };
		const params = encodeAnswers(answers);
		expect(params.toString()).toBe('risk=2%2C%2C5');
		expect(decodeAnswers(params, groups)).toEqual({ answers, problems: [] });
	});

	test('hostile values, wrong counts and unknown names are left out and named', () => {
		const params = new URLSearchParams('risk=9,NaN,1e0&cost=1,2&<script>=1&risk=4,4,4');
		const { answers, problems } = decodeAnswers(params, groups);
		expect(answers).toEqual({ risk: [4, 4, 4], cost: [undefined] });
		expect(problems).toEqual([
			'Answer 1 of "risk" in the link must be a whole number from 1 to 5.',
			'Answer 2 of "risk" in the link must be a whole number from 1 to 5.',
			'Answer 3 of "risk" in the link must be a whole number from 1 to 5.',
			'"cost" in the link should have 1 answer, not 2.',
			'"<script>" in the link is not one of this tool\'s questions.',
		]);
	});
});

describe('categorisation', () => {
	const columns = [
		{ key: 'section', label: 'Section' },
		{ key: 'item', label: 'Item' },
		{ key: 'category_1', label: 'Category 1: major' },
		{ key: 'category_2', label: 'Category 2: significant' },
		{ key: 'category_3', label: 'Category 3: standard' },
	];
	const row = (section: string, item: string) => ({
		section,
		item,
		category_1: `${item} high`,
		category_2: `${item} mid`,
		category_3: `${item} low`,
	});
	const { scheme, problems } = schemeFromToolkit(
		columns,
		[
			row('Criterion', 'Whole-life cost'),
			row('Criterion', 'Duration'),
			row('Criterion', 'Novelty'),
			row('Criterion (critical)', 'Safety exposure'),
			row('Governance', 'Approval'),
		],
		2,
	);

	test("reads the toolkit's criterion, critical and governance rows", () => {
		expect(problems).toEqual([]);
		expect(scheme.categories).toEqual(['Category 1: major', 'Category 2: significant', 'Category 3: standard']);
		expect(scheme.criteria.map((criterion) => [criterion.id, criterion.critical])).toEqual([
			['whole-life-cost', false],
			['duration', false],
			['novelty', false],
			['safety-exposure', true],
		]);
		expect(scheme.governance).toEqual([{ name: 'Approval', values: ['Approval high', 'Approval mid', 'Approval low'] }]);
	});

	test('names toolkit rows that cannot be used', () => {
		const broken = schemeFromToolkit(columns, [row('Criteria', 'Cost'), { section: 'Criterion', item: 'Duration', category_1: 'x' }], 2);
		expect(broken.problems).toEqual([
			'rows.0.section: "Criteria" is neither "Criterion", "Criterion (critical)" nor "Governance".',
			'rows.1.category_2: every category needs a value.',
			'rows.1.category_3: every category needs a value.',
			'rows: the decision rule needs 2 criteria to agree, but there are 1 criteria.',
		]);
	});

	test('the highest category that two criteria point to decides, as in the worked example', () => {
		// Cost 3, duration 2, novelty 2, safety 3: two criteria point to category 2.
		expect(categorise(scheme, [3, 2, 2, 3])).toEqual({ category: 2, decidedBy: [1, 2], byCritical: false });
		// One criterion at category 1 is not enough; with another at 2, category 2.
		expect(categorise(scheme, [1, 2, 3, 3])).toEqual({ category: 2, decidedBy: [0, 1], byCritical: false });
	});

	test('a critical criterion decides on its own', () => {
		expect(categorise(scheme, [3, 3, 3, 1])).toEqual({ category: 1, decidedBy: [3], byCritical: true });
	});

	test('unanswered questions are listed, not guessed', () => {
		expect(categorise(scheme, [3, undefined, 2])).toEqual({ unanswered: [1, 3] });
	});

	test('with fewer criteria than the rule needs to agree, the lowest category applies', () => {
		const single: CategoryScheme = { ...scheme, criteria: [scheme.criteria[0]!] };
		expect(categorise(single, [1])).toEqual({ category: 3, decidedBy: [0], byCritical: false });
	});
});

describe("the site's categorisation guidelines", () => {
	const toolkit = yaml.load(readFileSync('content/toolkits/categorisation-guidelines.yaml', 'utf8')) as {
		columns: Array<{ key: string; label: string }>;
		rows: Array<Record<string, string>>;
	};
	const { scheme, problems } = schemeFromToolkit(toolkit.columns, toolkit.rows, 2);

	test('give the wizard six questions, one of them critical, and six governance rows', () => {
		expect(problems).toEqual([]);
		expect(scheme.criteria).toHaveLength(6);
		expect(scheme.criteria.filter((criterion) => criterion.critical).map((criterion) => criterion.id)).toEqual([
			'regulatory-safety-or-reputational-exposure',
		]);
		expect(scheme.governance).toHaveLength(6);
	});

	test("place the project page's two worked examples where the page says", () => {
		// Cost, duration, areas, strategy, novelty, exposure. The routing system: cost 3, duration 2, areas 3,
		// novelty 2; the page gives no strategy or exposure, so they are set low here.
		expect(categorise(scheme, [3, 2, 3, 4, 2, 4])).toMatchObject({ category: 2, byCritical: false });
		// The inspection-recording change: category 4 on cost and duration, high regulatory exposure.
		expect(categorise(scheme, [4, 4, 4, 4, 4, 1])).toMatchObject({ category: 1, byCritical: true });
	});
});

describe('maturity self-assessment', () => {
	const dimensions = [
		{ id: 'control', questions: 2 },
		{ id: 'benefits', questions: 3 },
	];

	test('scores each dimension as the average of its answers and overall as the average of dimensions', () => {
		expect(assessMaturity(dimensions, { control: [4, 5], benefits: [1, 2, 2] }, 3)).toEqual({
			dimensions: [
				{ id: 'control', score: 4.5, weak: false },
				{ id: 'benefits', score: 1.7, weak: true },
			],
			overall: 3.1,
		});
	});

	test('counts the questions left to answer', () => {
		expect(assessMaturity(dimensions, { control: [4, undefined] }, 3)).toEqual({ unanswered: 4 });
	});

	test('draws one bar per dimension, in proportion to the scale', () => {
		const chart = barChart([5, 2.5], 5, { width: 600, label: 200, row: 40 });
		expect(chart.bars.map((bar) => bar.width)).toEqual([360, 180]);
		expect(chart.ticks.map((tick) => tick.x)).toEqual([272, 344, 416, 488, 560]);
		expect(chart.height).toBe(110);
	});
});

describe('career self-check', () => {
	const levels = [{ statements: 4 }, { statements: 4 }, { statements: 2 }];

	test('suggests the highest level whose statements, and every level below, the reader mostly meets', () => {
		const ticked = [
			[true, true, true, false],
			[true, true, true, true],
			[false, true],
		];
		expect(checkCareer(levels, ticked, 0.75)).toEqual({ fits: 2, met: [3, 4, 1], next: 3, gaps: [0] });
	});

	test('a level above one that does not fit does not count', () => {
		const ticked = [[true], [true, true, true, true], [true, true]];
		expect(checkCareer(levels, ticked, 0.75)).toEqual({ fits: 0, met: [1, 4, 2], next: 1, gaps: [1, 2, 3] });
	});

	test('at the top level there is no next level and no gap', () => {
		const all = levels.map((level) => Array.from({ length: level.statements }, () => true));
		expect(checkCareer(levels, all, 1)).toEqual({ fits: 3, met: [4, 4, 2], gaps: [] });
	});
});
