import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { basePath, rootBuildOnly } from './support';

test.describe('navigation', () => {
	test('lists the current topic with the page marked, and links to the other topics', async ({ page, baseURL }) => {
		await page.goto('articles/p3o-model/');
		const nav = page.getByRole('navigation', { name: 'Topics' });
		await expect(nav.locator('a[aria-current="page"]')).toHaveText('The P3O model');
		await expect(nav.locator('.topic-nav-pages a')).toHaveCount(6);
		for (const topic of ['Case studies', 'Roles', 'Careers', 'Practices', 'Strategy']) {
			await expect(nav.getByRole('link', { name: topic, exact: true })).toHaveAttribute('href', new RegExp(`^${basePath(baseURL)}topics/`));
		}
	});

	test('folds into a menu that opens without JavaScript on a narrow screen', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, baseURL: baseURL! });
		const page = await context.newPage();
		await page.goto('articles/p3o-model/');
		const menu = page.locator('details.topic-nav');
		await expect(menu.locator('nav')).toBeHidden();
		await menu.locator('summary').click();
		await expect(menu.locator('nav a[aria-current="page"]')).toBeVisible();
		await context.close();
	});

	test('shows breadcrumbs with structured data, and previous and next pages in the topic', async ({ page }) => {
		await page.goto('articles/p3o-model/');
		const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
		await expect(crumbs.getByRole('link')).toHaveText(['Home', 'PMO structures', 'The P3O model']);
		const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
		expect(data['@type']).toBe('BreadcrumbList');
		expect(data.itemListElement).toHaveLength(3);
		await expect(page.locator('a[rel="prev"]')).toContainText('Permanent and temporary offices');
		await expect(page.locator('a[rel="next"]')).toContainText('The hub-and-spoke model');
	});
});

test.describe('contents', () => {
	test('lists the h2 and h3 headings under "On this page" and marks the section being read', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto('articles/designing-a-pmo/');
		const toc = page.getByRole('navigation', { name: 'On this page' });
		const links = toc.getByRole('link');
		expect(await links.count()).toBeGreaterThan(3);
		await expect(links.first()).toHaveAttribute('aria-current', 'true');
		const last = links.last();
		await page.locator(`[id="${(await last.getAttribute('href'))!.slice(1)}"]`).scrollIntoViewIfNeeded();
		await page.mouse.wheel(0, 400);
		await expect(toc.locator('a[aria-current="true"]')).not.toHaveText((await links.first().textContent())!);
	});

	test('gives each heading a link that copies its address', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('articles/p3o-model/');
		const anchor = page.locator('.prose a.heading-anchor[href="#the-hub"]');
		await expect(anchor).toHaveAttribute('aria-label', 'Link to this section: The hub');
		await anchor.click();
		await expect(page).toHaveURL(/#the-hub$/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/articles\/p3o-model\/#the-hub$/);
		await expect(page.locator('#copy-status')).toHaveText('Link to this section copied.');
	});
});

test.describe('related pages and glossary links', () => {
	test('an article lists related pages and the pages that link to it', async ({ page, baseURL }) => {
		await page.goto('articles/p3o-model/');
		const related = page.locator('section[aria-labelledby="related-pages"]');
		await expect(related.getByRole('link').first()).toBeVisible();
		const backlinks = page.locator('section[aria-labelledby="referenced-by"]');
		await expect(backlinks.getByRole('link', { name: 'The hub-and-spoke model' })).toHaveAttribute(
			'href',
			`${basePath(baseURL)}articles/hub-and-spoke-model/`,
		);
	});

	test('the first mention of a glossary term links to it, abbreviations with their expansion', async ({ page }) => {
		await page.goto('articles/hub-and-spoke-model/');
		const p3o = page.locator('.prose a.glossary-link', { has: page.locator('abbr[title="Portfolio, Programme and Project Offices"]') });
		await expect(p3o).toHaveCount(1);
		await expect(page.locator('.prose :is(h2, h3, h4) a.glossary-link')).toHaveCount(0);
		await expect(page.locator('.prose a a.glossary-link, .prose code a.glossary-link')).toHaveCount(0);
		await p3o.click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Portfolio, Programme and Project Offices');
		await expect(page.locator('section[aria-labelledby="used-on"]').getByRole('link', { name: 'The hub-and-spoke model' })).toBeVisible();
	});

	test('a page the glossary names as a term’s explanation does not link the term to itself', async ({ page }) => {
		await page.goto('articles/london-2012-programme-office/');
		await expect(page.locator('.prose a.glossary-link[href$="/glossary/sro/"]')).toHaveCount(0);
	});
});

test.describe('indexes and explorers', () => {
	test('topic, tag and all-pages indexes list their pages', async ({ page }) => {
		await page.goto('topics/practices/');
		await expect(page.locator('.page-list li')).toHaveCount(6);
		await page.goto('articles/p3o-model/');
		await page.locator('.tag-list a').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Tagged');
		await expect(page.locator('.page-list a', { hasText: 'The P3O model' })).toBeVisible();
		await page.goto('articles/');
		expect(await page.locator('.page-list li').count()).toBeGreaterThanOrEqual(35);
		await expect(page.locator('.page-list time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	});

	test('the role directory places roles by level and tier', async ({ page }) => {
		await page.goto('roles/');
		const level4 = page.locator('.role-matrix tr', { has: page.locator('th', { hasText: 'Level 4' }) });
		await expect(level4.locator('td').nth(3).getByRole('link', { name: 'Head of PMO or PMO Director' })).toBeVisible();
		await expect(level4.locator('td').nth(3).getByRole('link', { name: 'Head of P3O' })).toBeVisible();
	});

	test('the comparison shows every role without JavaScript and any two with it', async ({ page, browser, baseURL }) => {
		await page.goto('roles/compare/?a=pmo-manager&b=pmo-lead');
		await expect(page.locator('.role-compare thead th:visible')).toHaveCount(3);
		await expect(page.locator('.role-compare thead th:visible a')).toHaveText(['PMO Lead', 'PMO Manager']);
		await page.getByLabel('Second role').selectOption('project-officer');
		await expect(page).toHaveURL(/a=pmo-manager&b=project-officer/);
		await expect(page.locator('.role-compare thead th:visible a')).toHaveText([
			'Project Officer, Co-ordinator or Administrator',
			'PMO Manager',
		]);

		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
		const plain = await context.newPage();
		await plain.goto('roles/compare/');
		expect(await plain.locator('.role-compare thead th[data-role]').count()).toBeGreaterThanOrEqual(8);
		await expect(plain.locator('[data-role-picker]')).toBeHidden();
		await context.close();
	});

	test('the career pathway draws the four levels and links job titles to roles', async ({ page }) => {
		await page.goto('careers/');
		await expect(page.locator('.career-level h2')).toHaveCount(4);
		// One of the diagram's two drawings shows at a time; the other is out of the accessibility tree.
		await expect(page.getByRole('img', { name: 'The four PMO career levels' })).toBeVisible();
		await page.locator('.career-level .job-titles a', { hasText: 'PMO Lead' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO Lead');
	});
});

test.describe('page furniture, themes and devices', () => {
	test('shows reading time, last updated, last reviewed, an edit link and the sources', async ({ page }) => {
		await page.goto('articles/p3o-model/');
		const meta = page.locator('.entry-meta');
		await expect(meta).toContainText(/\d+ min read/);
		for (const label of ['Last updated', 'Last reviewed']) {
			await expect(meta.locator('span', { hasText: label }).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
		}
		await expect(meta.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
			'href',
			/\/edit\/main\/content\/articles\/p3o-model\.mdx$/,
		);
		await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	});

	test('the theme follows the system until switched, then remembers the choice', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('articles/p3o-model/');
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		// The saved theme is applied by a blocking script in <head>, before the first paint.
		await page.reload({ waitUntil: 'commit' });
		await page.waitForSelector('body');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
	});

	test('ships at most 10 KB of gzipped JavaScript before search is opened', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		// Each script's size, read as it arrives and awaited before counting: a body still being read when the
		// page went idle would otherwise be left out of the total, or fail the test once it had ended.
		const sizes: Array<Promise<number>> = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') sizes.push(response.body().then((body) => gzipSync(body).length));
		});
		await page.goto('articles/p3o-model/', { waitUntil: 'networkidle' });
		const bytes = (await Promise.all(sizes)).reduce((total, size) => total + size, 0);
		expect(bytes).toBeGreaterThan(0);
		expect(bytes).toBeLessThanOrEqual(10 * 1024);
	});
});
