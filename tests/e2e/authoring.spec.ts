import { expect, test } from '@playwright/test';
import { rootBuildOnly, watchForProblems } from './support';

// The writing guide shows every feature an author can use, so it is the page that proves they all survive
// the strict Content-Security-Policy (style-src 'self' blocks every style= attribute).
test.describe('the writing guide', () => {
	test.beforeEach(({ baseURL }) => rootBuildOnly(baseURL));

	test('renders under the strict CSP with no violation, table columns aligned by class', async ({ page }) => {
		const problems = await watchForProblems(page);
		await page.goto('about/authoring/');
		const cells = page.locator('.prose table').first().locator('tbody tr').first().locator('td');
		await expect(cells).toHaveCount(3);
		expect(await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td).textAlign))).toEqual(['left', 'center', 'right']);
		expect(await page.locator('.prose [style]').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`highlights code in three languages with the ${scheme} theme's colours`, async ({ page }) => {
			const problems = await watchForProblems(page);
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('about/authoring/');
			for (const language of ['yaml', 'sh', 'ts']) {
				const block = page.locator(`.prose pre[data-language="${language}"]`).first();
				await expect(block).toBeVisible();
				const colours = await block
					.locator('span span')
					.evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
				expect(colours, language).toBeGreaterThan(1);
			}
			const keyword = page.locator('.prose pre[data-language="ts"] .tok-keyword').first();
			const background = await page.locator('.prose pre[data-language="ts"]').evaluate((pre) => getComputedStyle(pre).backgroundColor);
			expect(await keyword.evaluate((span) => getComputedStyle(span).color)).toBe(
				scheme === 'light' ? 'rgb(207, 34, 46)' : 'rgb(255, 123, 114)',
			);
			expect(background).toBe(scheme === 'light' ? 'rgb(244, 246, 249)' : 'rgb(28, 34, 43)');
			expect(problems).toEqual([]);
		});
	}

	test('shows callouts as named asides, each kind in its own colour in both themes', async ({ page }) => {
		const colours: Record<string, string[]> = {};
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('about/authoring/');
			for (const name of ['Note', 'Tip: Before you start', 'Caution', 'Danger']) {
				const aside = page.getByRole('complementary', { name, exact: true });
				await expect(aside).toBeVisible();
				(colours[name] ??= []).push(await aside.evaluate((element) => getComputedStyle(element).borderInlineStartColor));
			}
		}
		const [light, dark] = [0, 1].map((index) => new Set(Object.values(colours).map((pair) => pair[index])));
		expect(light.size).toBe(4);
		expect(dark.size).toBe(4);
		for (const [name, [inLight, inDark]] of Object.entries(colours)) expect(inLight, name).not.toBe(inDark);
	});
});

test('an article figure is optimised, sized, captioned and downloaded only when it scrolls near', async ({ page, baseURL }) => {
	rootBuildOnly(baseURL);
	const problems = await watchForProblems(page);
	const requested: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'image') requested.push(request.url());
	});
	await page.goto('articles/earned-value-for-pmo-analysts/');
	await page.waitForLoadState('load');
	const image = page.locator('.prose figure img');
	await expect(image).toHaveAttribute('loading', 'lazy');
	await expect(image).toHaveAttribute('width', '2133');
	await expect(image).toHaveAttribute('height', '1280');
	expect(await image.getAttribute('srcset')).toMatch(/\.webp 640w, .*\.webp 2133w$/);
	await expect(page.locator('.prose figure figcaption')).toContainText('end of month four');
	expect(requested.filter((url) => url.includes('earned-value'))).toEqual([]);

	await image.scrollIntoViewIfNeeded();
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
	// The file fits the column it is shown in (at most 46rem), not the 2,133-pixel original or the window.
	const [shown, downloaded] = await image.evaluate((img: HTMLImageElement) => [img.getBoundingClientRect().width, img.naturalWidth]);
	expect(downloaded).toBeGreaterThanOrEqual(shown!);
	expect(downloaded).toBeLessThanOrEqual(828);
	expect(requested.some((url) => /earned-value\.[\w-]+\.webp$/.test(url))).toBe(true);
	expect(problems).toEqual([]);
});
