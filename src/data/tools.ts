import type { CollectionEntry } from 'astro:content';
import { criteriaFromToolkit, type MatrixState } from '../lib/scoring';
import { loadCatalog } from './catalog';

export type Tool = CollectionEntry<'tools'>;
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
			problems.push(`examples: "${example.project}" has ${example.scores.length} scores; the toolkit ${toolkit.id} has ${criteria.length} criteria.`);
		}
	}
	if (problems.length) fail(tool, problems);
	return { criteria, projects: tool.data.examples.map((example) => ({ name: example.project, scores: example.scores })) };
}
