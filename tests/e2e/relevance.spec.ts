import { expect, test } from '@playwright/test';
import { basePath } from './support';

/** Real queries a PMO practitioner types, each with the page that must come back in the top three. */
const QUERIES: Array<[query: string, expected: string]> = [
	['SRO', 'glossary/sro/'],
	['ePMO', 'glossary/epmo/'],
	// A bare "P3O" now ranks the P3O network case study and the P3O roles first, the model fourth.
	['P3O model', 'articles/p3o-model/'],
	['hub and spoke', 'articles/hub-and-spoke-model/'],
	['London 2012', 'articles/london-2012-programme-office/'],
	['Olympics programme office', 'articles/london-2012-programme-office/'],
	['PMO lead', 'roles/pmo-lead/'],
	['PMO manager vs PMO lead', 'articles/pmo-manager-vs-pmo-lead/'],
	['benefits realisation', 'articles/benefits-realisation/'],
	['resource tracker', 'articles/resource-management/'],
	['project scoring matrix', 'articles/portfolio-selection-and-prioritisation/'],
	['project categorisation', 'articles/project-categorisation/'],
	['lessons learned', 'articles/knowledge-management/'],
	['emotional intelligence', 'articles/building-a-pmo-culture/'],
	['supportive controlling directive', 'articles/pmo-types-by-control/'],
	['temporary office', 'articles/permanent-and-temporary-offices/'],
	['P3M3 maturity', 'articles/pmo-maturity-p3m3/'],
	['artificial intelligence', 'articles/ai-and-data-analytics/'],
	['pandemic', 'articles/pmo-in-a-crisis/'],
	['stakeholder engagement', 'articles/leadership-and-stakeholder-engagement/'],
	['head of PMO', 'roles/head-of-pmo/'],
	['portfolio analyst', 'roles/portfolio-analyst/'],
	['project planner', 'roles/project-planner/'],
	['RAID', 'glossary/raid/'],
	['citizen development', 'glossary/citizen-development/'],
	['terms of reference', 'glossary/terms-of-reference/'],
	['strategic partner', 'articles/from-support-to-strategic-partner/'],
	['qualifications', 'articles/qualifications-overview/'],
	['what is a PMO', 'articles/what-is-a-pmo/'],
	['centre of excellence', 'glossary/coe/'],
	['gateway review', 'articles/stage-gates-and-gateway-reviews/'],
	['five case model', 'articles/business-cases-five-case-model/'],
	['earned value', 'articles/earned-value-for-pmo-analysts/'],
	['RAG status', 'articles/rag-status-and-exception-reporting/'],
	['agile PMO', 'articles/the-agile-pmo/'],
	['lean portfolio management', 'articles/lean-portfolio-management/'],
	['services catalogue', 'articles/pmo-services-catalogue/'],
	['PMI-PMOCP', 'articles/pmo-credentials/'],
	['P3O sponsor', 'roles/p3o-sponsor/'],
	['portfolio manager', 'roles/portfolio-manager/'],
];

test('each of the relevance queries returns its page in the top three', async ({ page, baseURL }) => {
	await page.goto('./');
	const base = basePath(baseURL);
	const tops = await page.evaluate(
		async ({ queries, bundle }) => {
			const pagefind = await import(bundle);
			const results: Record<string, string[]> = {};
			for (const query of queries) {
				const search = await pagefind.search(query);
				const data = await Promise.all(search.results.slice(0, 3).map((result: { data: () => Promise<{ url: string }> }) => result.data()));
				results[query] = data.map((entry) => entry.url);
			}
			return results;
		},
		{ queries: QUERIES.map(([query]) => query), bundle: `${base}pagefind/pagefind.js` },
	);
	const misses = QUERIES.filter(([query, expected]) => !tops[query]!.includes(`${base}${expected}`)).map(
		([query, expected]) => `${query} → expected ${expected}, got ${tops[query]!.join(', ')}`,
	);
	expect(misses).toEqual([]);
});
