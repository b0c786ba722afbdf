import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './support';

// Screenshot comparisons of one page of each type, at three widths and in both themes: they catch what the
// accessibility and HTML checks cannot see, such as overlapping, clipped or misplaced content. Each compares
// the first screen of the page. `npm run test:visual -- --update` writes new baselines after a deliberate change.
const WIDTHS = { 320: 720, 768: 1024, 1280: 800 };

for (const [type, path] of Object.entries({ ...PAGE_TYPES, 'health report': 'about/health/' })) {
	for (const [width, height] of Object.entries(WIDTHS)) {
		for (const scheme of ['light', 'dark'] as const) {
			test(`the ${type} page looks as it did, at ${width} px in ${scheme}`, async ({ page }) => {
				await page.setViewportSize({ width: Number(width), height });
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(path);
				if (path.startsWith('search/')) await expect(page.locator('.search-page .pf-result').first()).toBeVisible();
				await page.evaluate(() => document.fonts.ready);
				await expect(page).toHaveScreenshot(`${type.replaceAll(' ', '-')}-${width}-${scheme}.png`, {
					animations: 'disabled',
					caret: 'hide',
					stylePath: 'tests/e2e/visual.css',
					// Dates come from the git history, so they change with every commit; their boxes are masked.
					mask: [page.locator('time')],
				});
			});
		}
	}
}
