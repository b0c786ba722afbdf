export const SITE_TITLE = 'PMO Knowledge Base';
export const SITE_DESCRIPTION =
	'A free, sourced reference on Project Management Offices: structures, roles, careers, practices and strategy.';

/** Where "Edit this page" links point; override with the repository you publish from. */
export const REPOSITORY_URL = 'https://github.com/pmo-kb/pmo-kb';

/** The content folder, relative to the project root. Tests point it at fixture folders. */
export const CONTENT_DIR = process.env.KB_CONTENT_DIR ?? 'content';

/** The topics articles are grouped under, in navigation order. */
export const TOPICS = [
	{ id: 'structures', label: 'PMO structures', blurb: 'What a PMO is, its tiers, and the models offices are built on.' },
	{
		id: 'running',
		label: 'Setting up and running a PMO',
		blurb: 'Charters, services, intake, standards and tools: the work of starting and running an office.',
	},
	{ id: 'governance', label: 'Governance and assurance', blurb: 'Stage gates, assurance, boards, change control and business cases.' },
	{
		id: 'reporting',
		label: 'Reporting and metrics',
		blurb: 'Status reporting, dashboards, earned value, forecasts and the PMO’s own measures.',
	},
	{ id: 'case-studies', label: 'Case studies', blurb: 'Programme offices that worked, and why.' },
	{ id: 'roles', label: 'Roles', blurb: 'Who works in a PMO and what each role is for.' },
	{ id: 'careers', label: 'Careers', blurb: 'The four career levels, and how to move between them.' },
	{ id: 'practices', label: 'Practices', blurb: 'The hard parts of PMO work, each with a toolkit.' },
	{ id: 'agile', label: 'Agile and hybrid', blurb: 'What a PMO does where delivery is agile, lean or a mix of approaches.' },
	{ id: 'strategy', label: 'Strategy', blurb: 'Growing the PMO from support function to strategic partner.' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];
export const TOPIC_IDS = TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]];

/** The pages beside the topics that every list of "where next" links offers, in this order. */
export const REFERENCE_PAGES = [
	{ path: '/roles/', label: 'Role directory' },
	{ path: '/careers/', label: 'Career pathway' },
	{ path: '/tools/', label: 'Tools' },
	{ path: '/glossary/', label: 'Glossary' },
	{ path: '/articles/', label: 'All pages' },
] as const;

/** The four career levels, 1 (new to project support) to 4 (directing PMOs); an article serves all by default. */
export const LEVELS = [1, 2, 3, 4] as const;

/** PMO tiers, from a single project up to the whole organisation. */
export const TIERS = ['project', 'programme', 'portfolio', 'enterprise'] as const;

/** A topic's label, from its id. */
export function topicLabel(id: string): string {
	return TOPICS.find((topic) => topic.id === id)?.label ?? id;
}

/** What kind of page an entry is, as page labels and search results name it. */
export function pageKind(collection: 'articles' | 'roles', topic: string): 'Article' | 'Case study' | 'Role' {
	if (collection === 'roles') return 'Role';
	return topic === 'case-studies' ? 'Case study' : 'Article';
}
