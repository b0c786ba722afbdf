// The scoring-matrix calculator: criteria, weights and scores in, ranking and sensitivity out. The rules live in
// src/lib/scoring.ts; this file only reads the form, draws the tables and keeps the state in the address.
import {
	checkName,
	criteriaProblems,
	decodeMatrix,
	encodeMatrix,
	exportMatrixCsv,
	formatScore,
	importMatrixCsv,
	type MatrixState,
	MAX_CRITERIA,
	MAX_PROJECTS,
	rankProjects,
	SCORE_MAX,
	SCORE_MIN,
	sensitivity,
	wholeNumber,
} from '../../lib/scoring';
import { h, saveState, showMessages, startTool } from './common';

const started = startTool<MatrixState>('[data-scoring]');

if (started) {
	const { root } = started;
	const $ = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-${name}]`)!;
	const problemsBox = $('problems');
	const fromLink = decodeMatrix(new URLSearchParams(location.search));
	let state: MatrixState = fromLink.state ?? started.data;
	showMessages(problemsBox, fromLink.problems.length ? ['Some of the link could not be read and was left out:', ...fromLink.problems] : []);

	const scoreSelect = (value: number, labelledBy: string) =>
		h(
			'select',
			{ attrs: { 'aria-labelledby': labelledBy } },
			...Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) =>
				h('option', { value: String(SCORE_MIN + i), selected: SCORE_MIN + i === value }, String(SCORE_MIN + i)),
			),
		);
	const removeButton = (label: string, onClick: () => void) => {
		const button = h('button', { type: 'button', className: 'tool-remove' }, 'Remove');
		button.setAttribute('aria-label', label);
		button.addEventListener('click', onClick);
		return button;
	};

	/** Redraws both input tables from the state: after loading, adding, removing or importing. */
	function drawInputs(): void {
		$('criteria').replaceChildren(
			...state.criteria.map((criterion, i) =>
				h(
					'tr',
					{},
					h(
						'td',
						{},
						h('input', {
							type: 'text',
							value: criterion.name,
							maxLength: 120,
							attrs: { 'aria-label': `Criterion ${i + 1}`, 'data-name': '' },
						}),
					),
					h(
						'td',
						{},
						h('input', {
							type: 'text',
							value: String(criterion.weight),
							size: 4,
							inputMode: 'numeric',
							attrs: { 'aria-label': `Weight of criterion ${i + 1}, %`, 'data-weight': '' },
						}),
					),
					h(
						'td',
						{},
						removeButton(`Remove criterion ${i + 1}`, () => change(() => removeCriterion(i))),
					),
				),
			),
		);
		drawProjects();
	}

	function drawProjects(): void {
		$('project-head').replaceChildren(
			h('th', { scope: 'col' }, 'Project'),
			...state.criteria.map((criterion, i) => h('th', { scope: 'col', id: `criterion-${i}` }, criterion.name)),
			h('th', { scope: 'col' }, h('span', { className: 'visually-hidden' }, 'Remove')),
		);
		$('projects').replaceChildren(
			...state.projects.map((project, p) =>
				h(
					'tr',
					{},
					h(
						'td',
						{},
						h('input', {
							type: 'text',
							value: project.name,
							id: `project-${p}`,
							maxLength: 120,
							attrs: { 'aria-label': `Project ${p + 1}` },
						}),
					),
					...project.scores.map((score, c) => h('td', {}, scoreSelect(score, `project-${p} criterion-${c}`))),
					h(
						'td',
						{},
						removeButton(`Remove project ${p + 1}`, () => change(() => state.projects.splice(p, 1))),
					),
				),
			),
		);
	}

	function removeCriterion(index: number): void {
		state.criteria.splice(index, 1);
		for (const project of state.projects) project.scores.splice(index, 1);
	}

	function change(edit: () => void): void {
		edit();
		drawInputs();
		update();
	}

	/** Reads what the reader typed; a field that cannot be used is named, and the last good value stays in the address. */
	function readInputs(): string[] {
		const problems: string[] = [];
		const rows = [...$<HTMLTableSectionElement>('criteria').rows];
		rows.forEach((row, i) => {
			const name = checkName(row.querySelector<HTMLInputElement>('[data-name]')!.value, `Criterion ${i + 1}`);
			const text = row.querySelector<HTMLInputElement>('[data-weight]')!.value;
			const weight = wholeNumber(text, 0, 100);
			if ('error' in name) problems.push(name.error);
			else state.criteria[i]!.name = name.name;
			if (weight === undefined) problems.push(`The weight of criterion ${i + 1} must be a whole number from 0 to 100.`);
			else state.criteria[i]!.weight = weight;
		});
		[...$<HTMLTableSectionElement>('projects').rows].forEach((row, p) => {
			const name = checkName(row.querySelector('input')!.value, `Project ${p + 1}`);
			if ('error' in name) problems.push(name.error);
			else state.projects[p]!.name = name.name;
			state.projects[p]!.scores = [...row.querySelectorAll('select')].map((select) => Number(select.value));
		});
		return problems;
	}

	function update(): void {
		const problems = [...readInputs(), ...criteriaProblems(state.criteria)];
		showMessages($('weight-status'), problems.length ? problems : [`The weights add up to 100%.`]);
		$('weight-status').classList.toggle('tool-error', problems.length > 0);
		saveState(encodeMatrix(state));
		const ranking = $('ranking');
		$('ranking-wrap').hidden = problems.length > 0 || state.projects.length === 0;
		$<HTMLButtonElement>('export').disabled = problems.length > 0;
		if (problems.length) {
			$('summary').textContent = 'Fix the criteria and weights above to see the ranking.';
			$('sensitivity').replaceChildren();
			return;
		}
		const weights = state.criteria.map((criterion) => criterion.weight);
		const ranked = rankProjects(weights, state.projects);
		ranking.replaceChildren(
			...ranked.map((project) =>
				h('tr', {}, h('td', {}, String(project.rank)), h('td', {}, project.name), h('td', {}, formatScore(project.score))),
			),
		);
		const first = ranked[0];
		$('summary').textContent = first
			? `${ranked.length} project${ranked.length === 1 ? '' : 's'} ranked. First: ${first.name}, with a weighted score of ${formatScore(first.score)}.`
			: 'Add a project to see the ranking.';
		const changes = sensitivity(state.criteria, state.projects).filter((item) => item.moves.length);
		$('sensitivity').replaceChildren(
			...(changes.length
				? changes.map((item) =>
						h(
							'li',
							{},
							`${item.criterion} at ${item.weight}%: `,
							item.moves.map((move) => `${move.name} moves from ${move.from} to ${move.to}`).join('; '),
							'.',
						),
					)
				: [h('li', {}, 'No 10-point move of any weight changes a rank: the ranking is stable.')]),
		);
	}

	root.addEventListener('input', (event) => {
		// A new criterion name changes the projects table's headings; the reader is typing in the criteria table.
		if ((event.target as HTMLElement).matches('[data-name]')) {
			readInputs();
			drawProjects();
		}
		update();
	});
	$('add-criterion').addEventListener('click', () => {
		if (state.criteria.length >= MAX_CRITERIA) return showMessages(problemsBox, [`Use at most ${MAX_CRITERIA} criteria.`]);
		change(() => {
			state.criteria.push({ name: `Criterion ${state.criteria.length + 1}`, weight: 0 });
			for (const project of state.projects) project.scores.push(SCORE_MIN);
		});
		$('criteria').querySelector<HTMLInputElement>('tr:last-child input')!.focus();
	});
	$('add-project').addEventListener('click', () => {
		if (state.projects.length >= MAX_PROJECTS) return showMessages(problemsBox, [`Use at most ${MAX_PROJECTS} projects.`]);
		change(() => state.projects.push({ name: `Project ${state.projects.length + 1}`, scores: state.criteria.map(() => SCORE_MIN) }));
		$('projects').querySelector<HTMLInputElement>('tr:last-child input')!.focus();
	});
	$<HTMLInputElement>('import').addEventListener('change', async (event) => {
		const input = event.target as HTMLInputElement;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		if (file.size > 1_000_000) return showMessages(problemsBox, [`${file.name} is larger than 1 MB; a scoring matrix is much smaller.`]);
		const result = importMatrixCsv(await file.text(), state);
		if ('errors' in result)
			return showMessages(problemsBox, [
				`${file.name} was not imported:`,
				...result.errors.slice(0, 8),
				...(result.errors.length > 8 ? [`and ${result.errors.length - 8} more problems.`] : []),
			]);
		showMessages(problemsBox, []);
		change(() => (state = result.state));
		$('summary').textContent = `Imported ${file.name}. ${$('summary').textContent}`;
	});
	$('export').addEventListener('click', () => {
		const url = URL.createObjectURL(new Blob([`\uFEFF${exportMatrixCsv(state)}`], { type: 'text/csv' }));
		h('a', { href: url, download: 'project-ranking.csv' }).click();
		URL.revokeObjectURL(url);
	});
	drawInputs();
	update();
}
