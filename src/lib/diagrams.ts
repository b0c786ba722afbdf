/** A labelled box in a diagram, in SVG user units. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
	label: string;
	note?: string;
	/** A CSS class modifier, such as `permanent` or `temporary`. */
	variant: string;
}

/** The offices of the P3O example model, top layer first (AXELOS P3O guidance). */
export const P3O_LAYERS: ReadonlyArray<{ label: string; boxes: ReadonlyArray<{ label: string; note: string; variant: string }> }> = [
	{
		label: 'Organisation',
		boxes: [
			{ label: 'Portfolio office', note: 'permanent: whole portfolio', variant: 'permanent' },
			{ label: 'Centre of excellence', note: 'permanent: standards, skills', variant: 'permanent' },
		],
	},
	{
		label: 'Divisions',
		boxes: [{ label: 'Hub portfolio office', note: 'permanent: a division or region', variant: 'permanent' }],
	},
	{
		label: 'Programmes',
		boxes: [
			{ label: 'Programme office', note: 'temporary: one programme', variant: 'temporary' },
			{ label: 'Programme office', note: 'temporary: one programme', variant: 'temporary' },
		],
	},
	{
		label: 'Projects',
		boxes: [
			{ label: 'Project office', note: 'temporary: large project', variant: 'temporary' },
			{ label: 'Project office', note: 'temporary: large project', variant: 'temporary' },
			{ label: 'Project office', note: 'temporary: large project', variant: 'temporary' },
		],
	},
];

/** Lays out rows of boxes centred in a diagram `width` wide, one row per layer. */
export function layoutLayers(
	layers: typeof P3O_LAYERS,
	{ width, labelWidth, boxHeight, gap }: { width: number; labelWidth: number; boxHeight: number; gap: number },
): { rows: Array<{ label: string; y: number; boxes: Box[] }>; height: number } {
	const usable = width - labelWidth;
	const rows = layers.map((layer, index) => {
		const y = gap + index * (boxHeight + gap);
		const count = layer.boxes.length;
		const boxWidth = Math.min(240, (usable - gap * (count + 1)) / count);
		const total = count * boxWidth + (count - 1) * gap;
		const start = labelWidth + (usable - total) / 2;
		const boxes = layer.boxes.map((box, column) => ({
			...box,
			x: start + column * (boxWidth + gap),
			y,
			width: boxWidth,
			height: boxHeight,
		}));
		return { label: layer.label, y, boxes };
	});
	return { rows, height: gap + layers.length * (boxHeight + gap) };
}

/** Places `count` spokes evenly on a circle of `radius` around (`cx`, `cy`), the first straight up. */
export function spokePositions(count: number, cx: number, cy: number, radius: number): Array<{ x: number; y: number }> {
	return Array.from({ length: count }, (_, index) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
		return { x: round(cx + radius * Math.cos(angle)), y: round(cy + radius * Math.sin(angle)) };
	});
}

/** Lays out career levels as a rising staircase, level 1 bottom left. */
export function ladderSteps(count: number, { width, stepHeight }: { width: number; stepHeight: number }) {
	const stepWidth = width / count;
	return Array.from({ length: count }, (_, index) => ({
		x: round(index * stepWidth),
		y: round((count - 1 - index) * stepHeight),
		width: round(stepWidth - 8),
		height: round((index + 1) * stepHeight),
	}));
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
