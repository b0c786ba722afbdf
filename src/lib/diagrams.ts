/**
 * Diagram layout: where each shape goes and how its text wraps, in SVG user units. Each diagram is drawn at one
 * user unit per CSS pixel (it only shrinks on a screen narrower than itself), so a text's size here is its size
 * on screen.
 */

/** How a diagram's text is set. The size and weight are written on the <text>; the class gives its colour. */
export interface TextStyle {
	size: number;
	bold: boolean;
	className: string;
}

export const LABEL: TextStyle = { size: 16, bold: true, className: 'diagram-label' };
export const NOTE: TextStyle = { size: 13, bold: false, className: 'diagram-note' };
const LAYER: TextStyle = { size: 14, bold: true, className: 'diagram-layer' };

/** A run of text in one style, wrapped into lines; `baseline` is each line's offset from the block's top. */
interface TextRun {
	style: TextStyle;
	lines: Array<{ text: string; baseline: number }>;
}

/** Runs of text stacked one under another, with the space they take. */
export interface TextBlock {
	runs: TextRun[];
	width: number;
	height: number;
}

/** A labelled box, in SVG user units; its text is centred, `padding` below its top edge. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
	text: TextBlock;
	/** A CSS class modifier, such as `permanent` or `temporary`. */
	variant: string;
}

/** Space between a shape's edge and its text. */
export const PADDING = 10;

/**
 * Estimated advance widths in em, a little above those of the common sans-serif system fonts (Segoe UI, Roboto,
 * San Francisco, DejaVu Sans), so that text wrapped by them fits in any of those fonts. The browser test in
 * tests/e2e/layout.spec.ts measures the real text against its shape.
 */
function charWidth(char: string): number {
	if (/[ijl.,:;!'|]/.test(char)) return 0.28;
	if (/[ftr ()-]/.test(char)) return 0.36;
	if (/[mwMW]/.test(char)) return 0.9;
	if (/[A-Z]/.test(char)) return 0.7;
	return 0.58;
}

/** The estimated width of `text` set in `style`. */
export function textWidth(text: string, style: TextStyle): number {
	const em = [...text].reduce((total, char) => total + charWidth(char), 0);
	return em * style.size * (style.bold ? 1.08 : 1);
}

const lineHeight = (style: TextStyle) => Math.round(style.size * 1.25);

/** Breaks `text` into lines no wider than `maxWidth`, between words; a word wider than that gets a line of its own. */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`, style) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** Wraps each part to `maxWidth` and stacks the parts, first on top. */
export function textBlock(parts: ReadonlyArray<{ text: string; style: TextStyle }>, maxWidth: number): TextBlock {
	let height = 0;
	let width = 0;
	const runs = parts.map(({ text, style }) => {
		const lines = wrapText(text, maxWidth, style).map((line) => {
			width = Math.max(width, textWidth(line, style));
			// The baseline sits one em into its line, leaving room above for accents and below for descenders.
			const baseline = round(height + style.size);
			height += lineHeight(style);
			return { text: line, baseline };
		});
		return { style, lines };
	});
	return { runs, width, height };
}

/** A box's label and note, wrapped to fit a box `width` wide. */
function boxText(label: string, note: string, width: number): TextBlock {
	return textBlock(
		[
			{ text: label, style: LABEL },
			{ text: note, style: NOTE },
		],
		width - 2 * PADDING,
	);
}

/** The height a box needs for its text. */
const boxHeight = (text: TextBlock) => Math.ceil(text.height + 2 * PADDING);

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

/**
 * Lays out one band per layer, top layer first, in a diagram `width` wide. With a `labelWidth`, each layer's label
 * stands to the left of its boxes; without one, above them. Each band holds at most `columns` boxes a row, centred;
 * every box has the same height, the tallest its text needs.
 */
export function layoutLayers(
	layers: typeof P3O_LAYERS,
	{ width, labelWidth, columns, gap }: { width: number; labelWidth: number; columns: number; gap: number },
): { rows: Array<{ label: TextBlock; labelY: number; boxes: Box[] }>; height: number } {
	const usable = width - labelWidth;
	const boxWidthFor = (count: number) => Math.min(240, (usable - gap * (Math.min(count, columns) - 1)) / Math.min(count, columns));
	const texts = layers.map((layer) => layer.boxes.map((box) => boxText(box.label, box.note, boxWidthFor(layer.boxes.length))));
	const height = Math.max(...texts.flat().map(boxHeight));
	let y = 0;
	const rows = layers.map((layer, index) => {
		const label = textBlock([{ text: layer.label, style: LAYER }], labelWidth > 0 ? labelWidth - gap : width);
		const top = labelWidth > 0 ? y : y + label.height + gap / 2;
		const perRow = Math.min(layer.boxes.length, columns);
		const boxWidth = boxWidthFor(layer.boxes.length);
		const boxes = layer.boxes.map((box, n) => {
			const row = Math.floor(n / perRow);
			const inRow = Math.min(perRow, layer.boxes.length - row * perRow);
			const start = labelWidth + (usable - (inRow * boxWidth + (inRow - 1) * gap)) / 2;
			return {
				x: round(start + (n % perRow) * (boxWidth + gap)),
				y: top + row * (height + gap),
				width: round(boxWidth),
				height,
				text: texts[index]![n]!,
				variant: box.variant,
			};
		});
		const bandHeight = Math.ceil(layer.boxes.length / perRow) * (height + gap) - gap;
		const labelY = labelWidth > 0 ? round(y + (bandHeight - label.height) / 2) : y;
		y = top + bandHeight + gap;
		return { label, labelY, boxes };
	});
	return { rows, height: y - gap };
}

/** Places `count` spokes evenly on a circle of `radius` around (`cx`, `cy`), the first straight up. */
export function spokePositions(count: number, cx: number, cy: number, radius: number): Array<{ x: number; y: number }> {
	return Array.from({ length: count }, (_, index) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
		return { x: round(cx + radius * Math.cos(angle)), y: round(cy + radius * Math.sin(angle)) };
	});
}

/**
 * A label and note wrapped to fit inside a circle of radius `r`: each line no wider than the circle's chord at the
 * block's top and bottom edge. Wrapping makes the block taller and the chord shorter, so it wraps again until the
 * block fits the chord at its own height.
 */
export function circleText(label: string, note: string, r: number): TextBlock {
	const chord = (height: number) => 2 * Math.sqrt(Math.max(0, r * r - (height / 2) ** 2)) - PADDING;
	const parts = [
		{ text: label, style: LABEL },
		{ text: note, style: NOTE },
	];
	let height = textBlock(parts, Infinity).height;
	for (;;) {
		const block = textBlock(parts, chord(height));
		if (block.height <= height) return block;
		height = block.height;
	}
}

/**
 * Lays out a hub and its spokes as a tree for narrow screens: the hub's circle on top, a trunk line down the left
 * and one box `width - indent` wide per spoke, joined to the trunk by a branch.
 */
export function hubColumn(
	spokes: ReadonlyArray<{ label: string; note: string; variant: string }>,
	{ width, hubRadius, indent, gap }: { width: number; hubRadius: number; indent: number; gap: number },
): { hub: { x: number; y: number }; trunkX: number; boxes: Box[]; height: number } {
	let y = 2 * hubRadius + gap;
	const boxes = spokes.map((spoke) => {
		const text = boxText(spoke.label, spoke.note, width - indent);
		const box = { x: indent, y, width: width - indent, height: boxHeight(text), text, variant: spoke.variant };
		y += box.height + gap;
		return box;
	});
	return { hub: { x: width / 2, y: hubRadius }, trunkX: indent / 2, boxes, height: y - gap };
}

/** The career levels' labels, lowest level first. */
export type Levels = ReadonlyArray<{ level: number; name: string }>;

const levelText = (level: Levels[number], width: number) => boxText(`Level ${level.level}`, level.name, width);

/**
 * Lays out career levels as a rising staircase, level 1 bottom left, in a diagram `width` wide. Each step is one
 * `rise` taller than the one before; the rise is the least that gives every step room for its text.
 */
export function ladderSteps(levels: Levels, { width, gap }: { width: number; gap: number }): { boxes: Box[]; height: number } {
	const count = levels.length;
	const stepWidth = (width - gap * (count - 1)) / count;
	const texts = levels.map((level) => levelText(level, stepWidth));
	const rise = Math.max(...texts.map((text, index) => Math.ceil(boxHeight(text) / (index + 1))));
	const boxes = texts.map((text, index) => ({
		x: round(index * (stepWidth + gap)),
		y: (count - 1 - index) * rise,
		width: round(stepWidth),
		height: (index + 1) * rise,
		text,
		variant: 'permanent',
	}));
	return { boxes, height: count * rise };
}

/** Lays out career levels as a column of boxes `width` wide, for narrow screens: the highest level on top. */
export function ladderColumn(levels: Levels, { width, gap }: { width: number; gap: number }): { boxes: Box[]; height: number } {
	let y = 0;
	const boxes = levels.toReversed().map((level) => {
		const text = levelText(level, width);
		const box = { x: 0, y, width, height: boxHeight(text), text, variant: 'permanent' };
		y += box.height + gap;
		return box;
	});
	return { boxes, height: y - gap };
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
