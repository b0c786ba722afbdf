import type { CollectionEntry } from 'astro:content';
import { type CategoryScheme, schemeFromToolkit } from '../lib/categorisation';
import { criteriaFromToolkit, type MatrixState } from '../lib/scoring';
import { loadCatalog, pageUrl } from './catalog';
import { href } from './href';

type Tool = CollectionEntry<'tools'>;
export type ToolOf<Kind extends Tool['data']['kind']> = Tool & { data: Extract<Tool['data'], { kind: Kind }> };

/** Stops the build, naming the tool's file, when its content cannot drive the calculator. */
function fail(tool: Tool, problems: string[]): never {
	throw new Error(`${tool.filePath ?? `content/tools/${tool.id}.yaml`}: the tool cannot be built:\n  - ${problems.join('\n  - ')}`);
}

/** The scoring matrix's starting state: the toolkit's criteria and weights, and the tool's example projects. */
export async function scoringMatrixStart(tool: ToolOf<'scoring-matrix'>): Promise<MatrixState> {
	const { toolkits } = await loadCatalog();
	const toolkit = toolkits.find((entry) => entry.id === tool.data.toolkit.id)!;
	const { criteria, problems } = criteriaFromToolkit(toolkit.data.rows);
	for (const example of tool.data.examples) {
		if (example.scores.length !== criteria.length) {
			problems.push(
				`examples: "${example.project}" has ${example.scores.length} scores; the toolkit ${toolkit.id} has ${criteria.length} criteria.`,
			);
		}
	}
	if (problems.length) fail(tool, problems);
	return { criteria, projects: tool.data.examples.map((example) => ({ name: example.project, scores: example.scores })) };
}

/** The categorisation scheme the wizard asks about, from the tool's toolkit. */
export async function categorisationScheme(tool: ToolOf<'categorisation'>): Promise<CategoryScheme> {
	const { toolkits } = await loadCatalog();
	const toolkit = toolkits.find((entry) => entry.id === tool.data.toolkit.id)!;
	const { scheme, problems } = schemeFromToolkit(toolkit.data.columns, toolkit.data.rows, tool.data.agreeing);
	if (problems.length)
		fail(
			tool,
			problems.map((problem) => `toolkit ${toolkit.id}: ${problem}`),
		);
	return scheme;
}

/** A page's title and its URL under the base path, for the links a result offers. */
interface PageLink {
	title: string;
	url: string;
}

export interface MaturityConfig {
	scale: string[];
	weakBelow: number;
	dimensions: Array<{ id: string; name: string; questions: number; pages: PageLink[] }>;
}

export async function maturityConfig(tool: ToolOf<'maturity'>): Promise<MaturityConfig> {
	const { articles } = await loadCatalog();
	const link = (id: string): PageLink => {
		const page = articles.find((article) => article.id === id)!;
		return { title: page.data.title, url: href(pageUrl(page)) };
	};
	if (tool.data.weak_below > tool.data.scale.length)
		fail(tool, [`weak_below: ${tool.data.weak_below} is above the top of the ${tool.data.scale.length}-point scale.`]);
	return {
		scale: tool.data.scale,
		weakBelow: tool.data.weak_below,
		dimensions: tool.data.dimensions.map((dimension) => ({
			id: dimension.id,
			name: dimension.name,
			questions: dimension.questions.length,
			pages: dimension.pages.map((page) => link(page.id)),
		})),
	};
}

export interface CareerConfig {
	fitsAt: number;
	levels: Array<{ id: string; level: number; name: string; statements: string[]; article: PageLink; roles: PageLink[] }>;
}

/** The career levels in order, each with its statements, its article and the roles its job titles lead to. */
export async function careerConfig(tool: ToolOf<'career-check'>): Promise<CareerConfig> {
	const { levels, articles, roles } = await loadCatalog();
	const problems: string[] = [];
	const chosen = tool.data.levels.map((entry, index) => {
		const level = levels.find((candidate) => candidate.id === entry.level.id)!;
		if (level.data.level !== index + 1)
			problems.push(`levels.${index}.level: list the levels in order, level ${index + 1} here, not level ${level.data.level}.`);
		const article = articles.find((candidate) => candidate.id === level.data.article.id)!;
		const roleIds = [...new Set(level.data.job_titles.flatMap((job) => (job.role ? [job.role.id] : [])))];
		return {
			id: level.id,
			level: level.data.level,
			name: level.data.name,
			statements: entry.statements,
			article: { title: article.data.title, url: href(pageUrl(article)) },
			roles: roleIds.map((id) => {
				const role = roles.find((candidate) => candidate.id === id)!;
				return { title: role.data.title, url: href(pageUrl(role)) };
			}),
		};
	});
	if (problems.length) fail(tool, problems);
	return { fitsAt: tool.data.fits_at, levels: chosen };
}
