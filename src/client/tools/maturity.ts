// The maturity self-assessment: answers in, a score per dimension and overall out, drawn as a bar chart with a
// data table beside it, and links to the pages that help with each weak dimension. Scoring lives in
// src/lib/maturity.ts.
import type { MaturityConfig } from '../../data/tools';
import { assessMaturity, barChart, type MaturityResult } from '../../lib/maturity';
import { h, runQuestionForm, startTool } from './common';

const started = startTool<MaturityConfig>('[data-maturity]');
const form = document.querySelector<HTMLFormElement>('[data-maturity-form]');
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: Array<Node | string>): SVGElement {
	const element = document.createElementNS(SVG, tag);
	for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
	element.append(...children);
	return element;
}

if (started && form) {
	const { root, data: config } = started;
	const $ = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`)!;
	const groups = config.dimensions.map((dimension) => ({
		id: dimension.id,
		questions: dimension.questions,
		min: 1,
		max: config.scale.length,
	}));
	const max = config.scale.length;

	function chart(result: MaturityResult): SVGElement {
		const geometry = barChart(
			result.dimensions.map((dimension) => dimension.score),
			max,
		);
		const description = result.dimensions
			.map((dimension, index) => `${config.dimensions[index]!.name} ${dimension.score.toFixed(1)}`)
			.join(', ');
		return svg(
			'svg',
			{
				class: 'tool-chart',
				viewBox: `0 0 ${geometry.width} ${geometry.height}`,
				role: 'img',
				'aria-labelledby': 'chart-title chart-desc',
			},
			svg('title', { id: 'chart-title' }, `Maturity by dimension, out of ${max}`),
			svg('desc', { id: 'chart-desc' }, `Scores: ${description}. Overall ${result.overall.toFixed(1)}.`),
			...geometry.bars.flatMap((bar, index) => [
				svg('text', { x: bar.x - 8, y: bar.textY, 'text-anchor': 'end' }, config.dimensions[index]!.name),
				svg('rect', {
					class: result.dimensions[index]!.weak ? 'bar weak' : 'bar',
					x: bar.x,
					y: bar.y,
					width: bar.width,
					height: bar.height,
				}),
				svg('text', { x: bar.x + bar.width + 6, y: bar.textY }, result.dimensions[index]!.score.toFixed(1)),
			]),
			svg('line', { class: 'axis', x1: geometry.bars[0]!.x, x2: geometry.width - 40, y1: geometry.axisY, y2: geometry.axisY }),
			...geometry.ticks.map((tick) => svg('text', { x: tick.x, y: geometry.axisY + 20, 'text-anchor': 'middle' }, String(tick.value))),
		);
	}

	runQuestionForm(form, groups, $('problems'), (answers) => {
		const result = assessMaturity(config.dimensions, answers, config.weakBelow);
		if ('unanswered' in result) {
			$('summary').textContent = `Answer ${result.unanswered} more question${result.unanswered === 1 ? '' : 's'} to see the result.`;
			$('detail').replaceChildren();
			return;
		}
		const weak = config.dimensions.filter((_, index) => result.dimensions[index]!.weak);
		$('summary').textContent = `Overall maturity ${result.overall.toFixed(1)} out of ${max}. ${
			weak.length ? `Weakest: ${weak.map((dimension) => dimension.name).join(', ')}.` : `No dimension is below ${config.weakBelow}.`
		}`;
		$('detail').replaceChildren(
			chart(result),
			h(
				'section',
				// Focusable, so that a keyboard user can scroll the table on a narrow screen.
				{ className: 'table-scroll', tabIndex: 0, attrs: { 'aria-label': 'Scores by dimension, table' } },
				h(
					'table',
					{ className: 'tool-table' },
					h('caption', {}, 'Scores by dimension'),
					h(
						'thead',
						{},
						h(
							'tr',
							{},
							h('th', { scope: 'col' }, 'Dimension'),
							h('th', { scope: 'col' }, `Score (1 to ${max})`),
							h('th', { scope: 'col' }, 'Status'),
						),
					),
					h(
						'tbody',
						{},
						...result.dimensions.map((dimension, index) =>
							h(
								'tr',
								{},
								h('th', { scope: 'row' }, config.dimensions[index]!.name),
								h('td', {}, dimension.score.toFixed(1)),
								h('td', {}, dimension.weak ? 'Weak' : 'Adequate'),
							),
						),
						h('tr', {}, h('th', { scope: 'row' }, 'Overall'), h('td', {}, result.overall.toFixed(1)), h('td', {}, '')),
					),
				),
			),
			...(weak.length
				? [
						h('h3', {}, 'Where to start'),
						h(
							'ul',
							{},
							...weak.map((dimension) =>
								h(
									'li',
									{},
									`${dimension.name}: `,
									...dimension.pages.flatMap((page, index) => [index ? ', ' : '', h('a', { href: page.url }, page.title)]),
								),
							),
						),
					]
				: []),
		);
	});
}
