import { describe, expect, test } from 'vitest';
import {
	type Box,
	circleText,
	hubColumn,
	LABEL,
	ladderColumn,
	ladderSteps,
	layoutLayers,
	NOTE,
	P3O_LAYERS,
	PADDING,
	spokePositions,
	textBlock,
	textWidth,
	wrapText,
} from '../../src/lib/diagrams';

const LEVELS = [
	{ level: 1, name: 'New to project support' },
	{ level: 2, name: 'Supporting portfolios, programmes and projects' },
	{ level: 3, name: 'Leading and managing PMOs' },
	{ level: 4, name: 'Managing and directing PMOs' },
];

/** Every box's text is estimated to fit inside it, padding included. */
function expectTextInside(boxes: Box[]) {
	for (const box of boxes) {
		expect(box.text.width, box.text.runs[0]!.lines[0]!.text).toBeLessThanOrEqual(box.width - 2 * PADDING);
		expect(box.text.height + 2 * PADDING).toBeLessThanOrEqual(box.height);
	}
}

describe('wrapText', () => {
	test('breaks between words so that no line is wider than asked', () => {
		const lines = wrapText('Supporting portfolios, programmes and projects', 120, NOTE);
		expect(lines.join(' ')).toBe('Supporting portfolios, programmes and projects');
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, NOTE)).toBeLessThanOrEqual(120);
	});

	test('gives a word wider than the space a line of its own rather than dropping it', () => {
		expect(wrapText('a Programmemanagementoffice b', 40, LABEL)).toEqual(['a', 'Programmemanagementoffice', 'b']);
	});

	test('estimates bold text wider than regular text of the same size', () => {
		expect(textWidth('Level 1', LABEL)).toBeGreaterThan(textWidth('Level 1', { ...LABEL, bold: false }));
	});
});

describe('textBlock', () => {
	test('stacks the lines of each part, each baseline below the one before', () => {
		const block = textBlock(
			[
				{ text: 'Level 2', style: LABEL },
				{ text: 'Supporting portfolios, programmes and projects', style: NOTE },
			],
			130,
		);
		const baselines = block.runs.flatMap((run) => run.lines.map((line) => line.baseline));
		expect(baselines).toEqual([...baselines].sort((a, b) => a - b));
		expect(block.height).toBeGreaterThan(baselines.at(-1)!);
	});
});

describe('layoutLayers', () => {
	test('with labels at the side, keeps every box and its text inside the diagram, rows apart', () => {
		const { rows, height } = layoutLayers(P3O_LAYERS, { width: 640, labelWidth: 120, columns: 3, gap: 16 });
		for (const row of rows) {
			for (const box of row.boxes) {
				expect(box.x).toBeGreaterThanOrEqual(120);
				expect(box.x + box.width).toBeLessThanOrEqual(640);
				expect(box.y + box.height).toBeLessThanOrEqual(height);
			}
			expectTextInside(row.boxes);
			expect(row.label.width).toBeLessThanOrEqual(120);
		}
		expect(rows[1]!.boxes[0]!.y).toBeGreaterThanOrEqual(rows[0]!.boxes[0]!.y + rows[0]!.boxes[0]!.height);
	});

	test('with labels above, wraps a layer of three into rows of two and puts the label over its boxes', () => {
		const { rows, height } = layoutLayers(P3O_LAYERS, { width: 288, labelWidth: 0, columns: 2, gap: 8 });
		const projects = rows[3]!;
		expect(new Set(projects.boxes.map((box) => box.y)).size).toBe(2);
		expect(projects.labelY + projects.label.height).toBeLessThanOrEqual(projects.boxes[0]!.y);
		for (const row of rows) {
			expectTextInside(row.boxes);
			for (const box of row.boxes) expect(box.x + box.width).toBeLessThanOrEqual(288);
		}
		expect(projects.boxes.at(-1)!.y + projects.boxes.at(-1)!.height).toBe(height);
	});
});

describe('spokePositions', () => {
	test('places the first spoke straight above the hub, all at the same distance', () => {
		const spokes = spokePositions(4, 100, 100, 50);
		expect(spokes[0]).toEqual({ x: 100, y: 50 });
		for (const { x, y } of spokes) expect(Math.hypot(x - 100, y - 100)).toBeCloseTo(50, 0);
	});
});

describe('circleText', () => {
	test('keeps each line within the circle at the height of the text block', () => {
		const block = circleText('Centre of excellence', 'permanent', 60);
		const halfChord = Math.sqrt(60 ** 2 - (block.height / 2) ** 2);
		expect(block.width / 2).toBeLessThanOrEqual(halfChord);
		expect(block.runs[0]!.lines.length).toBeGreaterThan(1);
	});
});

describe('hubColumn', () => {
	test('puts the hub on top and one box a spoke below it, each fitting its text', () => {
		const spokes = [
			{ label: 'Department A', note: 'permanent', variant: 'permanent' },
			{ label: 'Programme 1', note: 'temporary', variant: 'temporary' },
		];
		const tree = hubColumn(spokes, { width: 288, hubRadius: 64, indent: 32, gap: 12 });
		expect(tree.hub).toEqual({ x: 144, y: 64 });
		expect(tree.boxes[0]!.y).toBeGreaterThan(128);
		expect(tree.trunkX).toBeLessThan(tree.boxes[0]!.x);
		expectTextInside(tree.boxes);
	});
});

describe('ladderSteps', () => {
	test('rises from left to right, each step tall enough for its text', () => {
		const { boxes, height } = ladderSteps(LEVELS, { width: 640, gap: 8 });
		const heights = boxes.map((box) => box.height);
		expect(heights).toEqual([...heights].sort((a, b) => a - b));
		expect(heights[1]! - heights[0]!).toBe(heights[0]);
		expect(boxes[3]!.y).toBe(0);
		expect(boxes[0]!.y + boxes[0]!.height).toBe(height);
		expectTextInside(boxes);
	});
});

describe('ladderColumn', () => {
	test('stacks the levels, the highest on top, each box fitting its text', () => {
		const { boxes, height } = ladderColumn(LEVELS, { width: 288, gap: 8 });
		expect(boxes.map((box) => box.text.runs[0]!.lines[0]!.text)).toEqual(['Level 4', 'Level 3', 'Level 2', 'Level 1']);
		expect(boxes.at(-1)!.y + boxes.at(-1)!.height).toBe(height);
		expectTextInside(boxes);
	});
});
