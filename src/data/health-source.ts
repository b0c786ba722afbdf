import { join } from 'node:path';
import { CONTENT_DIR, TOPIC_IDS } from '../consts.ts';
import { termFinder } from '../lib/glossary.ts';
import { type Finding, healthFindings } from '../lib/health.ts';
import type { Naming } from '../lib/names.ts';
import { placeholdersIn } from './placeholders.ts';
import { type GlossaryFileEntry, readGlossaryFile, readLevelsFile, readPageFiles } from './content-files.ts';
import { entryPath, glossaryTermPath, linkTarget } from '../lib/routes.ts';

/** The report's "today" in a build: the first day of the month, so that two builds of the same content match. */
export function reportDate(): Date {
	return new Date(`${new Date().toISOString().slice(0, 7)}-01T00:00:00Z`);
}

/** Where the build leaves the report it started in a worker (src/integrations/health-report.ts). */
export const HEALTH_IN_BUILD = Symbol.for('pmo-kb:health-report');
export type BuildHealth = typeof globalThis & { [HEALTH_IN_BUILD]?: Promise<Finding[]> };

/** The report for the /about/health/ page: the one the build started, or, in `astro dev`, computed now. */
export function siteHealth(): Promise<Finding[]> | Finding[] {
	return (globalThis as BuildHealth)[HEALTH_IN_BUILD] ?? contentHealth(reportDate());
}

/** Every finding of the content health report for the knowledge base in `contentDir`, as of `today`. */
export function contentHealth(today = new Date(), contentDir = CONTENT_DIR): Finding[] {
	const roles = readPageFiles(contentDir, 'roles');
	const pages = [...readPageFiles(contentDir, 'articles'), ...roles];
	const glossaryFile = join(contentDir, 'glossary.yaml');
	const terms = readGlossaryFile(contentDir);
	const find = termFinder(terms);
	// A term is used when a page links to it, or mentions it where the build links the first mention.
	const usedBy = new Map<string, Set<string>>(terms.map((term) => [glossaryTermPath(term.id), new Set()]));
	for (const page of pages) {
		for (const href of page.links) usedBy.get(linkTarget(href))?.add(page.url);
		for (const match of find(page.prose)) usedBy.get(glossaryTermPath(match.id))?.add(page.url);
	}
	const levelsFile = join(contentDir, 'levels.yaml');
	// Each glossary term and abbreviation, and each job title a role or career level uses, must lead to one entry.
	// A term whose explaining page is a role page leads to that role.
	const termOwner = (term: GlossaryFileEntry) => (term.page?.startsWith('/roles/') ? `role ${term.page}` : `glossary term "${term.id}"`);
	const namings: Naming[] = [
		...terms.flatMap((term) =>
			[term.term, ...(term.abbreviation ? [term.abbreviation] : [])].map((name) => ({ name, owner: termOwner(term), file: glossaryFile })),
		),
		...roles.flatMap((role) =>
			[role.title, ...role.alternativeTitles].map((name) => ({ name, owner: `role ${role.url}`, file: role.file })),
		),
		...readLevelsFile(contentDir).flatMap((level) =>
			level.job_titles.map(({ title, role }) => ({
				name: title,
				owner: role ? `role ${entryPath('roles', role)}` : `level "${level.id}" (no role)`,
				file: levelsFile,
			})),
		),
	];
	return healthFindings(
		pages,
		terms.map((term) => ({
			id: term.id,
			file: `${glossaryFile} (entry "${term.id}")`,
			usedBy: [...(usedBy.get(glossaryTermPath(term.id)) ?? [])],
		})),
		TOPIC_IDS,
		today,
		namings,
		placeholdersIn(contentDir),
	);
}
