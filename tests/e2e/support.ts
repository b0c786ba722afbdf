import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { SITES } from './sites.mjs';

/** The policy every page must run under without a single violation, as public/_headers ships it. */
export const STRICT_CSP = readFileSync('public/_headers', 'utf8')
	.match(/Content-Security-Policy: (.+)/)![1]!
	.trim();

/** The base path of the build under test, from the project's baseURL (`/` or `/kb/`). */
export function basePath(baseURL: string | undefined): string {
	return new URL(baseURL!).pathname;
}

/**
 * Records what the browser reports: CSP violations, console errors, uncaught exceptions and any alert() or
 * other dialog. Unless the server sends the strict Content-Security-Policy itself (nginx does), every
 * response gets it added here.
 */
export async function watchForProblems(page: Page, { injectCsp = true } = {}): Promise<string[]> {
	const problems: string[] = [];
	if (injectCsp) {
		await page.route('**/*', async (route) => {
			try {
				const response = await route.fetch();
				await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
			} catch {
				// The test ended while a request was still in flight.
			}
		});
	}
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return problems;
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and expects no violation. */
export async function expectAccessible(page: Page, include?: string): Promise<void> {
	let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Skips the test on the sub-path build when what it checks cannot depend on the base path (accessibility,
 * HTML validity, themes, keyboard handling): the root build covers it, and the run does not pay for it twice.
 * Everything that involves a URL still runs on both builds.
 */
export function rootBuildOnly(baseURL: string | undefined): void {
	test.skip(basePath(baseURL) !== '/', 'Independent of the base path: checked on the root build.');
}

/** Astro writes a small stub at each old address in content/redirects.yaml; it is not a page of the site. */
export function isRedirectStub(file: string): boolean {
	return readFileSync(file, 'utf8').includes('<meta http-equiv="refresh"');
}

/** The output folder of the build under test, from the project's base path. */
export function outDirFor(baseURL: string | undefined): string {
	const site = Object.values(SITES).find((candidate) => candidate.base === basePath(baseURL));
	if (!site) throw new Error(`No build is served at ${baseURL}`);
	return site.outDir;
}

/** One page of each type the site builds, by its path from the base. */
export const PAGE_TYPES = {
	home: './',
	article: 'articles/p3o-model/',
	'article with toolkits': 'articles/benefits-realisation/',
	'article with a figure': 'articles/earned-value-for-pmo-analysts/',
	role: 'roles/pmo-lead/',
	'roles index': 'roles/',
	'role comparison': 'roles/compare/',
	careers: 'careers/',
	glossary: 'glossary/',
	'glossary term': 'glossary/sro/',
	topic: 'topics/structures/',
	'topic print view': 'topics/structures/print/',
	tag: 'tags/governance/',
	'articles index': 'articles/',
	'not found': 'no/such/page/',
	'search results': 'search/?q=governance',
	'writing guide': 'about/authoring/',
};
