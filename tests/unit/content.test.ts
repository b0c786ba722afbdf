import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { TIERS } from '../../src/consts';
import { type GlossaryFileEntry, readEntryFiles, readGlossaryFile, readPageFiles } from '../../src/data/content-files';
import { MIN_WORDS } from '../../src/lib/health';
import { contentHealth } from '../../src/data/health-source';
import { entryId } from '../../src/lib/entry-id';
import { entryPath, glossaryTermPath, linkTarget } from '../../src/lib/routes';

/** Reads the real knowledge base, so that these tests guard the content as it grows. */
function readPages(collection: 'articles' | 'roles') {
	return readEntryFiles('content', collection).map(({ name, data, body }) => {
		const id = entryId(name, data.slug);
		return { id, url: entryPath(collection, id), data, body };
	});
}

const articles = readPages('articles');
const roles = readPages('roles');
const pages = [...articles, ...roles];
/** The same pages as the build renders them, with the words and links its Markdown plugins record. */
const rendered = [...readPageFiles('content', 'articles'), ...readPageFiles('content', 'roles')];
/** The glossary as its file holds it: `see_also` lists term ids. */
const glossary: Array<GlossaryFileEntry & { see_also?: string[] }> = readGlossaryFile('content');

describe('the knowledge base covers the brief', () => {
	const briefPages: Record<string, string[]> = {
		structures: [
			'what-is-a-pmo',
			'permanent-and-temporary-offices',
			'p3o-model',
			'hub-and-spoke-model',
			'pmo-types-by-control',
			'designing-a-pmo',
		],
		'case-studies': ['london-2012-programme-office'],
		careers: [
			'level-1-new-to-project-support',
			'level-2-supporting-delivery',
			'level-3-leading-and-managing-pmos',
			'level-4-directing-pmos',
			'pmo-manager-vs-pmo-lead',
			'skills-beyond-certifications',
			'qualifications-overview',
		],
		practices: [
			'benefits-realisation',
			'resource-management',
			'portfolio-selection-and-prioritisation',
			'project-categorisation',
			'knowledge-management',
			'building-a-pmo-culture',
		],
		strategy: [
			'from-support-to-strategic-partner',
			'ai-and-data-analytics',
			'leadership-and-stakeholder-engagement',
			'from-surviving-to-thriving',
			'pmo-in-a-crisis',
		],
	};

	test.for(Object.entries(briefPages))('every %s topic of the brief has its page under that topic', ([topic, ids]) => {
		for (const id of ids) {
			const article = articles.find((page) => page.id === id);
			expect(article, id).toBeDefined();
			expect(article!.data.topic, id).toBe(topic);
		}
	});

	test('every role of the brief has its page', () => {
		// The brief's "PMO head" is the PMO Manager: the two were merged, and /roles/pmo-head/ redirects there.
		const required = [
			'project-specialist',
			'project-officer',
			'pmo-manager',
			'pmo-lead',
			'pmo-analyst',
			'portfolio-analyst',
			'head-of-pmo',
		];
		expect(roles.map((role) => role.id)).toEqual(expect.arrayContaining(required));
	});

	test(`there are at least 75 content pages of at least ${MIN_WORDS} words`, () => {
		const short = rendered.filter((page) => page.words < MIN_WORDS);
		expect(short.map((page) => page.file)).toEqual([]);
		expect(pages.length).toBeGreaterThanOrEqual(75);
	});

	test('there are at least 14 toolkit templates, each shown on its practice page', () => {
		const toolkits = readdirSync('content/toolkits')
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => name.replace(/\.yaml$/, ''));
		expect(toolkits.length).toBeGreaterThanOrEqual(14);
		for (const id of toolkits) {
			const { practice } = yaml.load(readFileSync(join('content/toolkits', `${id}.yaml`), 'utf8')) as { practice: string };
			expect(articles.find((article) => article.id === practice)?.body, `${id} on ${practice}`).toContain(`<Toolkit id="${id}" />`);
		}
	});

	test('every old address in redirects.yaml leads to a page, and no page still lives there', () => {
		const redirects = yaml.load(readFileSync('content/redirects.yaml', 'utf8')) as Array<{ from: string; to: string }>;
		const urls = new Set(pages.map((page) => page.url));
		for (const { from, to } of redirects) {
			expect(urls.has(to), `${from} → ${to}`).toBe(true);
			expect(urls.has(from), from).toBe(false);
		}
	});
});

describe('the content health report', () => {
	// Pages age with the calendar, so "stale" and "unreviewed" are left to `npm run report` and /about/health/:
	// a test must not start failing on a date without any change to the project.
	test('finds nothing to fix: no unsourced page or statistic, repeated paragraph, ambiguous name, orphan or unused term', () => {
		const findings = contentHealth(new Date('2026-12-02T00:00:00Z')).filter(
			(finding) => finding.kind !== 'stale' && finding.kind !== 'unreviewed',
		);
		expect(findings.map((finding) => `${finding.kind}: ${finding.file}: ${finding.detail}`)).toEqual([]);
	});
});

describe('every page', () => {
	test.for(pages.map((page) => [page.url, page] as const))('%s lists its sources', ([, page]) => {
		const sources = page.data.sources as Array<{ title?: string; publisher?: string }>;
		expect(sources.length).toBeGreaterThan(0);
		for (const source of sources) {
			expect(source.title).toBeTruthy();
			expect(source.publisher).toBeTruthy();
		}
	});

	test('marks the AXELOS trade marks it uses', () => {
		for (const page of pages) {
			for (const mark of ['P3O', 'MSP', 'MoP', 'PRINCE2', 'P3M3']) {
				if (new RegExp(`\\b${mark}\\b`).test(page.body)) expect(page.body, `${page.id}: ${mark}`).toContain(`${mark}®`);
			}
		}
	});
});

describe('roles', () => {
	test.for(roles.map((role) => [role.id, role] as const))('%s has a valid level and tier', ([, role]) => {
		expect([1, 2, 3, 4]).toContain(role.data.level);
		expect(TIERS).toContain(role.data.tier);
	});
});

describe('the glossary', () => {
	const ids = new Set(glossary.map((entry) => entry.id));

	test('has at least 110 terms, including every term the brief names', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(110);
		const required = [
			'pmo',
			'p3o',
			'epmo',
			'ppm',
			'sro',
			'coe',
			'hub-and-spoke',
			'portfolio',
			'programme',
			'project',
			'project-board',
			'project-assurance',
			'terms-of-reference',
			'governance-framework',
			'health-check',
			'highlight-report',
			'management-dashboard',
			'benefits-realisation',
			'dependency',
			'raid',
			'configuration-management',
			'change-control',
			'mop',
			'msp',
			'prince2',
			'apm',
			'axelos',
			'citizen-development',
		];
		expect([...ids]).toEqual(expect.arrayContaining(required));
	});

	test('cites a source for every term: its own, or those of a page that explains or uses it', () => {
		const linked = new Set(rendered.flatMap((page) => page.links.map(linkTarget)));
		const unsourced = glossary.filter((entry) => !entry.page && !entry.sources?.length && !linked.has(glossaryTermPath(entry.id)));
		expect(unsourced.map((entry) => entry.id)).toEqual([]);
	});

	test('has unique terms and see_also targets that exist', () => {
		const terms = glossary.map((entry) => entry.term.toLowerCase());
		expect(new Set(terms).size).toBe(terms.length);
		for (const entry of glossary) {
			for (const other of entry.see_also ?? []) {
				expect(ids.has(other), `${entry.id} → ${other}`).toBe(true);
				expect(other).not.toBe(entry.id);
			}
		}
	});
});
