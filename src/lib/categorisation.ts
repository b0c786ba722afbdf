// Project categorisation as the categorisation-guidelines toolkit defines it: criterion rows with one description
// per category, governance rows that say what each category requires, and the decision rule "the highest
// category indicated by any two criteria, or by any single critical criterion".

import { slugFor } from './slug';

interface CategoryCriterion {
	/** The criterion's id in a shared link. */
	id: string;
	name: string;
	/** A critical criterion can place a project in a category on its own. */
	critical: boolean;
	/** What the project looks like in each category, category 1 (the highest) first. */
	options: string[];
}

export interface CategoryScheme {
	/** Category names, category 1 first. */
	categories: string[];
	criteria: CategoryCriterion[];
	/** What each category requires: one value per category, category 1 first. */
	governance: Array<{ name: string; values: string[] }>;
	/** How many criteria must point to a category (or a higher one) to place the project there. */
	agreeing: number;
}

type Row = Readonly<Record<string, string | number>>;

/**
 * The scheme from the toolkit: `category_<n>` columns in order, rows whose section starts "Criterion" (marked
 * "(critical)" where critical) and rows whose section is "Governance". Problems name the row.
 */
export function schemeFromToolkit(
	columns: ReadonlyArray<{ key: string; label: string }>,
	rows: readonly Row[],
	agreeing: number,
): { scheme: CategoryScheme; problems: string[] } {
	const problems: string[] = [];
	const categoryColumns = columns.filter((column) => /^category_\d+$/.test(column.key));
	if (categoryColumns.length < 2) problems.push('columns: a categorisation toolkit needs at least two "category_<n>" columns.');
	const values = (row: Row, index: number) =>
		categoryColumns.map((column) => {
			const value = row[column.key];
			if (value === undefined || value === '') problems.push(`rows.${index}.${column.key}: every category needs a value.`);
			return String(value ?? '');
		});
	const scheme: CategoryScheme = { categories: categoryColumns.map((column) => column.label), criteria: [], governance: [], agreeing };
	rows.forEach((row, index) => {
		const section = String(row.section ?? '');
		const name = String(row.item ?? '');
		if (!name) problems.push(`rows.${index}.item: every row needs an item.`);
		if (/^criterion/i.test(section)) {
			scheme.criteria.push({ id: slugFor(name), name, critical: /critical/i.test(section), options: values(row, index) });
		} else if (/^governance$/i.test(section)) {
			scheme.governance.push({ name, values: values(row, index) });
		} else {
			problems.push(`rows.${index}.section: "${section}" is neither "Criterion", "Criterion (critical)" nor "Governance".`);
		}
	});
	if (scheme.criteria.length < agreeing)
		problems.push(`rows: the decision rule needs ${agreeing} criteria to agree, but there are ${scheme.criteria.length} criteria.`);
	if (new Set(scheme.criteria.map((criterion) => criterion.id)).size !== scheme.criteria.length)
		problems.push('rows: two criteria have the same name.');
	return { scheme, problems };
}

export type Categorised =
	| {
			category: number;
			/** The criteria whose answers place the project in this category or a higher one. */
			decidedBy: number[];
			/** True when a critical criterion decided it on its own; false when enough criteria agreed. */
			byCritical: boolean;
	  }
	| { unanswered: number[] };

/**
 * Applies the decision rule to one answer (a category number, 1 = highest) per criterion: the project takes the
 * highest category that `agreeing` criteria, or one critical criterion, point to or beyond. With every answer
 * given and fewer agreeing criteria than the rule needs, it takes the lowest category.
 */
export function categorise(scheme: CategoryScheme, answers: ReadonlyArray<number | undefined>): Categorised {
	const unanswered = scheme.criteria.map((_, index) => index).filter((index) => answers[index] === undefined);
	if (unanswered.length) return { unanswered };
	for (let category = 1; category <= scheme.categories.length; category += 1) {
		const decidedBy = scheme.criteria.map((_, index) => index).filter((index) => answers[index]! <= category);
		const critical = decidedBy.filter((index) => scheme.criteria[index]!.critical);
		if (decidedBy.length >= scheme.agreeing) return { category, decidedBy, byCritical: false };
		if (critical.length) return { category, decidedBy: critical, byCritical: true };
	}
	return { category: scheme.categories.length, decidedBy: scheme.criteria.map((_, index) => index), byCritical: false };
}
