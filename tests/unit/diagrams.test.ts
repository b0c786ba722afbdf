import { describe, expect, test } from 'vitest';
import { ladderSteps, layoutLayers, P3O_LAYERS, spokePositions } from '../../src/lib/diagrams';

describe('layoutLayers', () => {
	test('keeps every box inside the diagram and rows from overlapping', () => {
		const { rows, height } = layoutLayers(P3O_LAYERS, { width: 720, labelWidth: 110, boxHeight: 64, gap: 20 });
		for (const row of rows) {
			for (const box of row.boxes) {
				expect(box.x).toBeGreaterThanOrEqual(110);
				expect(box.x + box.width).toBeLessThanOrEqual(720);
				expect(box.y + box.height).toBeLessThanOrEqual(height);
			}
		}
		expect(rows[1]!.y).toBeGreaterThanOrEqual(rows[0]!.y + 64);
	});
});

describe('spokePositions', () => {
	test('places the first spoke straight above the hub, all at the same distance', () => {
		const spokes = spokePositions(4, 100, 100, 50);
		expect(spokes[0]).toEqual({ x: 100, y: 50 });
		for (const { x, y } of spokes) expect(Math.hypot(x - 100, y - 100)).toBeCloseTo(50, 0);
	});
});

describe('ladderSteps', () => {
	test('rises from left to right', () => {
		const steps = ladderSteps(4, { width: 400, stepHeight: 50 });
		expect(steps.map((step) => step.height)).toEqual([50, 100, 150, 200]);
		expect(steps[3]!.y).toBe(0);
	});
});
