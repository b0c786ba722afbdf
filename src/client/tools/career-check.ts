// The career self-check: ticked statements in, the level that fits and the gaps to the next level out, with links
// to the next level's page and roles. The rule lives in src/lib/career-check.ts.
import type { CareerConfig } from '../../data/tools';
import { checkCareer } from '../../lib/career-check';
import { h, runQuestionForm, startTool } from './common';

const started = startTool<CareerConfig>('[data-career]');
const form = document.querySelector<HTMLFormElement>('[data-career-form]');

if (started && form) {
	const { root, data: config } = started;
	const $ = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`)!;
	const groups = config.levels.map((level) => ({ id: level.id, questions: level.statements.length, min: 0, max: 1 }));

	runQuestionForm(form, groups, $('problems'), (answers) => {
		const ticked = config.levels.map((level) => answers[level.id]!.map((value) => value === 1));
		const result = checkCareer(
			config.levels.map((level) => ({ statements: level.statements.length })),
			ticked,
			config.fitsAt,
		);
		const fitted = config.levels[result.fits - 1];
		const next = result.next === undefined ? undefined : config.levels[result.next - 1]!;
		$('summary').textContent = fitted
			? `Level ${fitted.level} fits: ${fitted.name}.${next ? ` ${result.gaps.length} gap${result.gaps.length === 1 ? '' : 's'} to level ${next.level}.` : ' That is the most senior level.'}`
			: `Level 1 is the place to start: ${next!.name}. ${result.gaps.length} statement${result.gaps.length === 1 ? '' : 's'} of level 1 still to build.`;
		$('detail').replaceChildren(
			h(
				'p',
				{},
				`Statements ticked: ${config.levels.map((level, index) => `level ${level.level}, ${result.met[index]} of ${level.statements.length}`).join('; ')}.`,
			),
			...(next
				? [
						h('h3', {}, fitted ? `Gaps to level ${next.level}` : 'What level 1 involves'),
						h('ul', {}, ...result.gaps.map((index) => h('li', {}, next.statements[index]!))),
						h(
							'p',
							{},
							'Read ',
							h('a', { href: next.article.url }, next.article.title),
							next.roles.length ? ' and the roles at this level:' : '.',
						),
						h('ul', {}, ...next.roles.map((role) => h('li', {}, h('a', { href: role.url }, role.title)))),
					]
				: []),
		);
	});
}
