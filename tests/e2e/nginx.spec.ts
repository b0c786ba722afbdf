import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import yaml from 'js-yaml';
import { readEntryFiles } from '../../src/data/content-files';
import { entryId } from '../../src/lib/entry-id';
import { inSitemap } from '../../src/lib/routes';
import { NGINX, SITES } from './sites.mjs';
import { isRedirectStub, STRICT_CSP, watchForProblems } from './support';

test.skip(!NGINX, 'nginx is not installed (Debian: apt-get install nginx), so the tests against a real nginx are skipped.');

const dist = SITES.kb.outDir;
/** The URL paths of every HTML page in the /kb/ build. */
const builtPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('index.html'))
	// Astro's stubs at old addresses (content/redirects.yaml) are not pages: sitemaps and feeds leave them out.
	.filter((file) => !isRedirectStub(`${dist}/${file}`))
	.map((file) => `/kb/${file.replace(/index\.html$/, '')}`)
	.sort();

async function xmlLocations(page: Page, path: string, tag: 'loc' | 'link'): Promise<string[]> {
	const response = await page.request.get(path);
	expect(response.ok()).toBe(true);
	const text = await response.text();
	await page.goto('./');
	return page.evaluate(
		([source, element]) => {
			const doc = new DOMParser().parseFromString(source!, 'application/xml');
			if (doc.querySelector('parsererror')) throw new Error(`Not well-formed XML: ${doc.querySelector('parsererror')!.textContent}`);
			const nodes = doc.querySelectorAll(element === 'link' ? 'item > link' : 'loc');
			return [...nodes].map((node) => node.textContent!.trim());
		},
		[text, tag],
	);
}

test('serves every kind of page under the strict policy without a single violation, searching included', async ({ page }) => {
	const problems = await watchForProblems(page, { injectCsp: false });
	const response = await page.goto('./');
	expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
	for (const path of [
		'articles/p3o-model/',
		'roles/pmo-lead/',
		'glossary/',
		'glossary/sro/',
		'topics/practices/',
		'tags/governance/',
		'careers/',
		'roles/',
		'roles/compare/',
		'articles/',
		'search/?q=benefits',
	]) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
	}
	await expect(page.locator('.search-page .pf-result').first()).toBeVisible();
	await page.goto('articles/resource-management/');
	await page.keyboard.press('Control+k');
	await page.locator('pagefind-modal input').fill('hub and spoke');
	await page.locator('pagefind-modal .pf-result-link').first().click();
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('answers unknown URLs with 404 and the styled 404 page', async ({ page }) => {
	const response = await page.goto('no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('search')).toBeVisible();
	expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).toBe('flex');
});

test('the sitemap lists exactly the site’s pages, with absolute URLs under the sub-path', async ({ page }) => {
	const index = await xmlLocations(page, 'sitemap-index.xml', 'loc');
	const locations = (await Promise.all(index.map((sitemap) => xmlLocations(page, new URL(sitemap).pathname, 'loc')))).flat();
	for (const location of locations) expect(location).toMatch(/^https?:\/\/[^/]+\/kb\//);
	const expected = builtPages.filter(inSitemap);
	expect(locations.map((location) => new URL(location).pathname).sort()).toEqual(expected);
});

test('the feed lists exactly the article and role pages, with absolute URLs under the sub-path', async ({ page }) => {
	const links = await xmlLocations(page, 'rss.xml', 'link');
	for (const link of links) expect(link).toMatch(/^https?:\/\/[^/]+\/kb\//);
	const expected = builtPages.filter((path) => /^\/kb\/(articles|roles)\/[^/]+\/$/.test(path) && path !== '/kb/roles/compare/');
	expect(links.map((link) => new URL(link).pathname).sort()).toEqual(expected);
});

test('the JSON endpoints match the content', async ({ page }) => {
	// The content as files (Markdown or MDX, drafts left out), keyed by the id the build gives each one.
	const files = (collection: 'articles' | 'roles') =>
		new Map(
			readEntryFiles('content', collection)
				.filter(({ data }) => !data.draft)
				.map(({ name, data }) => [entryId(name, data.slug), data]),
		);

	const articles = (await (await page.request.get('api/articles.json')).json()) as Array<{ id: string; title: string; url: string }>;
	const articleFiles = files('articles');
	expect(articles.map((article) => article.id).sort()).toEqual([...articleFiles.keys()].sort());
	for (const article of articles) {
		expect(article.title).toBe(articleFiles.get(article.id)!.title);
		expect(new URL(article.url).pathname).toBe(`/kb/articles/${article.id}/`);
	}

	const roles = (await (await page.request.get('api/roles.json')).json()) as Array<{ id: string; level: number }>;
	const roleFiles = files('roles');
	expect(roles.map((role) => role.id).sort()).toEqual([...roleFiles.keys()].sort());
	for (const role of roles) expect(role.level).toBe(roleFiles.get(role.id)!.level);

	const glossary = (await (await page.request.get('api/glossary.json')).json()) as Array<{ id: string; term: string }>;
	const terms = yaml.load(readFileSync('content/glossary.yaml', 'utf8')) as Array<{ id: string; term: string }>;
	expect(glossary.map((term) => [term.id, term.term]).sort()).toEqual(terms.map((term) => [term.id, term.term]).sort());
});

test('the OpenSearch description sends address-bar searches to the search page', async ({ page }) => {
	await page.goto('./');
	const description = await page.locator('link[rel="search"]').getAttribute('href');
	const xml = await (await page.request.get(description!)).text();
	const template = xml.match(/template="([^"]+)"/)![1]!;
	expect(template).toMatch(/^https?:\/\/[^/]+\/kb\/search\/\?q=\{searchTerms\}$/);
	await page.goto(new URL(template.replace('{searchTerms}', 'benefits')).pathname + '?q=benefits');
	await expect(page.locator('.search-page .pf-result').first()).toBeVisible();
});
