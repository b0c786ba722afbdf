// The categorisation wizard: one answer per criterion in, the category, its governance and the reasons out. The
// decision rule lives in src/lib/categorisation.ts.
import { categorise, type CategoryScheme } from '../../lib/categorisation';
import { h, runQuestionForm, startTool } from './common';

const started = startTool<CategoryScheme>('[data-categorisation]');
const form = document.querySelector<HTMLFormElement>('[data-categorisation-form]');

if (started && form) {
	const { root, data: scheme } = started;
	const $ = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`)!;
	const groups = scheme.criteria.map((criterion) => ({ id: criterion.id, questions: 1, min: 1, max: scheme.categories.length }));

	runQuestionForm(form, groups, $('problems'), (answers) => {
		const chosen = scheme.criteria.map((criterion) => answers[criterion.id]![0]);
		const result = categorise(scheme, chosen);
		if ('unanswered' in result) {
			$('summary').textContent =
				`Answer ${result.unanswered.length} more question${result.unanswered.length === 1 ? '' : 's'} to see the category.`;
			$('detail').replaceChildren(
				h('p', {}, `Still to answer: ${result.unanswered.map((index) => scheme.criteria[index]!.name).join(', ')}.`),
			);
			return;
		}
		const category = scheme.categories[result.category - 1]!;
		const reasons = result.decidedBy.map(
			(index) => `${scheme.criteria[index]!.name}: "${scheme.criteria[index]!.options[chosen[index]! - 1]}"`,
		);
		$('summary').textContent = `${category}. ${
			result.byCritical
				? `Decided by a critical criterion on its own: ${reasons.join('; ')}.`
				: `${reasons.length} criteria point to this category or a higher one: ${reasons.join('; ')}.`
		}`;
		$('detail').replaceChildren(
			h('h3', {}, `Governance for ${category}`),
			h(
				'dl',
				{ className: 'tool-governance' },
				...scheme.governance.flatMap((row) => [h('dt', {}, row.name), h('dd', {}, row.values[result.category - 1]!)]),
			),
		);
	});
}
