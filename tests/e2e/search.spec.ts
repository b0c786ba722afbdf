import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { basePath, expectAccessible, rootBuildOnly, watchForProblems } from './support';

const dialog = (page: Page) => page.locator('pagefind-modal dialog');
const dialogInput = (page: Page) => dialog(page).locator('pagefind-input input');

test.describe('the search dialog', () => {
	test('opens from the header button, shows typed results with marked excerpts, and closes on Escape', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		const problems = await watchForProblems(page);
		await page.goto('articles/p3o-model/');
		const trigger = page.locator('[data-search-trigger]');
		await trigger.click();
		await expect(dialog(page)).toBeVisible();
		await expect(dialogInput(page)).toBeFocused();
		await dialogInput(page).fill('hub and spoke');
		const first = dialog(page).locator('.pf-result').first();
		await expect(first.locator('.pf-result-title a')).toBeVisible();
		await expect(first.locator('.kb-result-type')).toHaveText(/Article|Role|Glossary term|Case study/);
		await expect(first.locator('.pf-result-excerpt mark').first()).toBeVisible();
		await expect(dialog(page).locator('.pf-heading-chip').first()).toBeVisible();
		await expect(dialog(page).locator('pagefind-results ul').first()).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		await expect(trigger).toBeFocused();
		expect(problems).toEqual([]);
	});

	test('lists the best twenty matches and links to the search page, which lists them all', async ({ page, baseURL }) => {
		await page.goto('articles/p3o-model/');
		await page.keyboard.press('Control+k');
		// "benefits" matches more than seventy pages of the real knowledge base.
		await dialogInput(page).fill('benefits');
		await expect(dialog(page).locator('.pf-result-link').first()).toBeVisible();
		await expect(dialog(page).locator('pagefind-results li.pf-result')).toHaveCount(20);
		const all = dialog(page).locator('.kb-all-results');
		await expect(all).toHaveAttribute('href', new RegExp(`${basePath(baseURL)}search/\\?q=benefits$`));
		await all.click();
		await expect(page).toHaveURL(new RegExp(`^[^?]*${basePath(baseURL)}search/\\?q=benefits$`));
		await expect(page.locator('.search-page pagefind-input input')).toHaveValue('benefits');
		// The search page lists every match: more than the dialog's twenty, once its results have arrived.
		await expect.poll(() => page.locator('.search-page pagefind-results li.pf-result').count()).toBeGreaterThan(20);
	});

	test('shows the results of each finished word, and ends on those of the whole query', async ({ page }) => {
		await page.goto('articles/p3o-model/');
		await page.keyboard.press('Control+k');
		// "benefits" alone ranks the Benefits Manager role first; with "realisation", the article of that name.
		await dialogInput(page).pressSequentially('benefits ');
		const first = dialog(page).locator('.pf-result-link').first();
		await expect(first).toHaveText('Benefits Manager');
		await dialogInput(page).pressSequentially('realisation');
		await expect(dialog(page).locator('pagefind-summary')).toContainText('benefits realisation');
		await expect(first).toHaveText('Benefits realisation');
	});

	test('opens with Ctrl+K and with /, and returns focus on close', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		await page.goto('articles/resource-management/');
		const link = page.locator('.prose a').first();
		await link.focus();
		await page.keyboard.press('Control+k');
		await expect(dialogInput(page)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(link).toBeFocused();
		await page.locator('h1').click();
		await page.keyboard.press('/');
		await expect(dialogInput(page)).toBeFocused();
	});

	test('keeps focus inside while open', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		await page.goto('./');
		await page.keyboard.press('Control+k');
		await dialogInput(page).fill('portfolio');
		await expect(dialog(page).locator('.pf-result').first()).toBeVisible();
		for (let step = 0; step < 25; step++) {
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => !!document.activeElement?.closest('pagefind-modal dialog'))).toBe(true);
		}
	});

	test('has no accessibility violations while open, in both themes', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('./');
			await page.keyboard.press('Control+k');
			await dialogInput(page).fill('benefits');
			await expect(dialog(page).locator('.pf-result').first()).toBeVisible();
			await expectAccessible(page, 'pagefind-modal');
		}
	});
});

/** The path of every request the pages of `context` make from now on, search's worker included. */
function recordRequests(context: BrowserContext): string[] {
	const paths: string[] = [];
	context.on('request', (request) => paths.push(new URL(request.url()).pathname));
	return paths;
}

/** Pagefind's engine and page list: what a first search cannot do without. */
const ENGINE = [/\/pagefind\/pagefind\.js$/, /\/pagefind\/wasm\.en-gb\.pagefind$/, /\/pagefind\/pagefind\.en-gb_\w+\.pf_meta$/];

test.describe('what search loads, and when', () => {
	test('a page where the reader never touches search loads nothing for it', async ({ page, context }) => {
		const requests = recordRequests(context);
		await page.goto('articles/p3o-model/');
		await page.waitForLoadState('networkidle');
		expect(requests.some((path) => path.includes('/pagefind/') || path.includes('search-components'))).toBe(false);
	});

	test('pointing at or tabbing to the search button starts loading the engine and page list, before any typing', async ({
		browser,
		baseURL,
	}) => {
		for (const intent of ['hover', 'focus'] as const) {
			const context = await browser.newContext({ baseURL: baseURL! });
			const page = await context.newPage();
			const requests = recordRequests(context);
			await page.goto('articles/p3o-model/');
			await page.locator('[data-search-trigger]')[intent]();
			for (const file of ENGINE) await expect.poll(() => requests.some((path) => file.test(path)), `${intent}: ${file}`).toBe(true);
			await expect(dialog(page)).toHaveCount(0);
			await context.close();
		}
	});

	test('opening the dialog starts loading the engine, and the dialog, which shows no filters, never loads the filter lists', async ({
		page,
		context,
	}) => {
		const requests = recordRequests(context);
		await page.goto('articles/p3o-model/');
		await page.keyboard.press('Control+k');
		await expect(dialogInput(page)).toBeFocused();
		for (const file of ENGINE) await expect.poll(() => requests.some((path) => file.test(path)), String(file)).toBe(true);
		await dialogInput(page).fill('benefits');
		await expect(dialog(page).locator('.pf-result').first()).toBeVisible();
		// Emptying the box clears the results; the Component UI would fetch every filter list at this point too.
		await dialogInput(page).fill('');
		await expect(dialog(page).locator('.pf-result')).toHaveCount(0);
		await dialogInput(page).fill('hub and spoke');
		await expect(dialog(page).locator('.pf-result').first()).toBeVisible();
		expect(requests.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
	});

	test('the search page, which shows filters, loads the filter lists', async ({ page, context }) => {
		const requests = recordRequests(context);
		await page.goto('search/?q=pmo');
		await expect(page.locator('pagefind-filter-pane').getByText('Practices').first()).toBeVisible();
		expect(requests.some((path) => path.includes('/pagefind/filter/'))).toBe(true);
	});
});

test.describe('the search page', () => {
	test('reads ?q= and filters from the URL and keeps the URL in step', async ({ page, baseURL }) => {
		const problems = await watchForProblems(page);
		await page.goto('search/?q=benefits');
		const input = page.locator('.search-page pagefind-input input');
		await expect(input).toHaveValue('benefits');
		await expect(page.locator('.search-page .pf-result').first()).toBeVisible();
		await expect(page.locator('.search-page a[href*="benefits-realisation"]').first()).toBeVisible();

		await input.fill('resource tracker');
		await expect(page).toHaveURL(/\?q=resource\+tracker$/);
		await page.locator('pagefind-filter-pane').getByText('Practices', { exact: false }).first().click();
		await expect(page).toHaveURL(/topic=Practices/);
		const links = page.locator('.search-page .pf-result-link');
		await expect(links.first()).toBeVisible();
		for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!))) {
			expect(href.startsWith(`${basePath(baseURL)}articles/`)).toBe(true);
		}
		const shared = page.url();
		await page.goto('./');
		await page.goBack();
		await expect(page).toHaveURL(shared);
		await expect(page.locator('.search-page pagefind-input input')).toHaveValue('resource tracker');
		expect(problems).toEqual([]);
	});

	test('offers topic, content type, career level and tier filters', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		await page.goto('search/?q=pmo');
		const pane = page.locator('pagefind-filter-pane');
		for (const name of ['Type', 'Topic', 'Level', 'Tier']) await expect(pane.getByText(name, { exact: true }).first()).toBeVisible();
		await page.goto('search/?q=pmo&tier=Programme');
		const results = page.locator('.search-page .kb-result-type');
		await expect(results.first()).toHaveText('Role');
		for (const type of await results.allTextContents()) expect(type).toBe('Role');
	});

	// The results page's accessibility, in both themes, is one of the page types of quality.spec.ts.

	test('without JavaScript, says so and links to the topics', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
		const page = await context.newPage();
		await page.goto('search/');
		// Playwright's text and role queries skip <noscript>, so these use CSS selectors.
		await expect(page.locator('.notice')).toContainText('Search needs JavaScript');
		await expect(page.locator('noscript a', { hasText: 'Practices' })).toBeVisible();
		await context.close();
	});

	test('treats hostile and unusual input as text', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		const problems = await watchForProblems(page);
		const inputs = [
			'<script>alert(1)</script>',
			'"><img src=x onerror=alert(1)>',
			'x'.repeat(2000),
			'📊 PMO 🚀',
			'مكتب إدارة المشاريع',
			'',
		];
		await page.goto('search/');
		const input = page.locator('.search-page pagefind-input input');
		for (const text of inputs) {
			await input.fill(text);
			await expect(input).toHaveValue(text);
			// The summary names the query once the search for it has run and its results are in the page.
			if (text) await expect(page.locator('.search-page pagefind-summary')).toContainText(text.slice(0, 50));
			expect(await page.locator('.search-page img[src="x"], .search-page script:not([src])').count()).toBe(0);
		}
		expect(problems).toEqual([]);
	});
});

test('a result highlights the search terms on the page it opens', async ({ page }) => {
	const problems = await watchForProblems(page);
	await page.goto('search/?q=dashboards');
	await expect(page.locator('.search-page pagefind-summary')).toContainText('dashboards');
	const result = page.locator('.search-page .pf-result-link').first();
	await expect(result).toHaveAttribute('href', /[?&]highlight=dashboards/);
	await result.click();
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	expect(problems).toEqual([]);
});
