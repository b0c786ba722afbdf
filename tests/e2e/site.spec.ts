import { expect, test } from '@playwright/test';
import { basePath, rootBuildOnly, watchForProblems } from './support';

test('the home page lists every topic and links within the base path', async ({ page, baseURL }) => {
	await page.goto('./');
	await expect(page).toHaveTitle('PMO Knowledge Base');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO Knowledge Base');
	for (const topic of ['PMO structures', 'Case studies', 'Roles', 'Careers', 'Practices', 'Strategy']) {
		await expect(page.getByRole('heading', { level: 2, name: topic })).toBeVisible();
	}
	const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(30);
	for (const href of hrefs) expect(href.startsWith(basePath(baseURL))).toBe(true);
	const stylesheet = page.locator('link[rel="stylesheet"]').first();
	expect(await stylesheet.getAttribute('href')).toMatch(new RegExp(`^${basePath(baseURL)}_astro/`));
});

// Footnotes are checked in the fixture build (tests/unit/content-integrity.test.ts): no page uses one today.
test('an article renders a GFM table and a task list whose checkboxes are named', async ({ page, baseURL }) => {
	rootBuildOnly(baseURL);
	await page.goto('articles/p3o-model/');
	const checkbox = page.locator('.prose input[type="checkbox"]').first();
	await expect(checkbox).toBeVisible();
	await expect(checkbox).toHaveAttribute('aria-label', /\w/);
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();

	await page.goto('articles/what-is-a-pmo/');
	const table = page.locator('.prose table').first();
	await expect(table).toBeVisible();
	expect(await table.locator('th').count()).toBeGreaterThan(1);
});

test('an internal link in an article leads to its target under the base path', async ({ page, baseURL }) => {
	await page.goto('articles/hub-and-spoke-model/');
	const link = page.locator('.prose a[href*="/articles/p3o-model/#the-hub"]').first();
	await expect(link).toHaveAttribute('href', `${basePath(baseURL)}articles/p3o-model/#the-hub`);
	await link.click();
	await expect(page.locator('#the-hub')).toBeInViewport();
});

test('the Pagefind index answers a query from the search page', async ({ page, baseURL }) => {
	await page.goto('search/');
	await page.locator('pagefind-input input').fill('hub and spoke');
	const result = page.locator('pagefind-results a[href*="hub-and-spoke-model"]').first();
	await expect(result).toBeVisible();
	await expect(result).toHaveAttribute('href', new RegExp(`^${basePath(baseURL)}articles/hub-and-spoke-model/`));
});

test('unknown URLs get the 404 page', async ({ page }) => {
	const response = await page.goto('no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the problem watcher catches a CSP violation, so a clean run means something', async ({ page, baseURL }) => {
	rootBuildOnly(baseURL);
	const problems = await watchForProblems(page);
	await page.goto('./');
	await page.evaluate(() => {
		const style = document.createElement('style');
		style.textContent = 'body { color: red; }';
		document.head.append(style);
	});
	await expect.poll(() => problems.join('\n')).toContain('CSP violation');
});
