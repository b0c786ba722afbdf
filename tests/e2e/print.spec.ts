import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { basePath, outDirFor, rootBuildOnly } from './support';

test('an article prints without navigation, each link followed by its address and each diagram kept on one page', async ({
	page,
	baseURL,
}) => {
	rootBuildOnly(baseURL);
	await page.goto('articles/p3o-model/');
	await page.emulateMedia({ media: 'print' });
	for (const region of ['.site-header', '.site-footer', '.doc-nav', '.doc-toc', '.breadcrumbs', '.pagination', '.page-links']) {
		await expect(page.locator(region).first(), region).toBeHidden();
	}
	const link = page.locator('.prose a[href]:not(.glossary-link, .heading-anchor, [href^="#"])').first();
	const target = (await link.getAttribute('href'))!;
	expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" (${target})"`);
	const glossaryLink = page.locator('.prose a.glossary-link').first();
	expect(await glossaryLink.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('none');
	expect(await page.locator('figure.diagram').evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
	await expect(page.locator('figure.diagram svg.diagram-wide')).toBeVisible();
});

test('a topic prints as one document: its pages in reading order, each on a new sheet, after a table of contents', async ({
	page,
	baseURL,
}) => {
	await page.goto('topics/structures/');
	const listed = await page.locator('.page-list li > a').allTextContents();
	await page.getByRole('link', { name: /as one document, to print/ }).click();
	await expect(page).toHaveURL(new RegExp(`${basePath(baseURL)}topics/structures/print/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO structures');
	const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
	await expect(contents).toHaveText(listed);
	await expect(page.locator('.print-entry > h2')).toHaveText(listed);
	// Each contents entry leads to its page's heading; two pages' headings of the same name keep distinct ids.
	for (const link of await contents.all()) await expect(page.locator((await link.getAttribute('href'))!)).toHaveCount(1);
	const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
	expect(ids.length).toBe(new Set(ids).size);
	await page.emulateMedia({ media: 'print' });
	expect(
		await page
			.locator('.print-entry')
			.nth(1)
			.evaluate((element) => getComputedStyle(element).breakBefore),
	).toBe('page');
	await expect(page.locator('.print-link')).toHaveCount(0);
});

test('a topic’s print view is kept out of search, the sitemap and search engines', ({ baseURL }) => {
	const outDir = outDirFor(baseURL);
	const html = readFileSync(join(outDir, 'topics/structures/print/index.html'), 'utf8');
	expect(html).toContain('<meta name="robots" content="noindex">');
	expect(html).not.toContain('data-pagefind-body');
	const sitemaps = readdirSync(outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
	expect(sitemaps.length).toBeGreaterThan(0);
	for (const sitemap of sitemaps) {
		const xml = readFileSync(join(outDir, sitemap), 'utf8');
		expect(xml).toContain('/topics/structures/</loc>');
		expect(xml).not.toContain('/print/');
	}
});
