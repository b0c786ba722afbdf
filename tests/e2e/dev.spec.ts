import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEV } from './sites.mjs';

test('npm run dev serves a search index of the content, and refreshes it when content changes', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('search/?q=fixture');
	await expect(page.locator('.search-page .pf-result-link', { hasText: 'First fixture article' })).toBeVisible({ timeout: 30_000 });

	writeFileSync(
		join(DEV.contentDir, 'articles/added-while-writing.mdx'),
		'---\ntitle: "Quokka governance"\ndescription: "A page added while the dev server runs, to check search refreshes."\ntopic: strategy\nupdated: 2026-01-15\nsources:\n  - title: "Fixture source"\n    publisher: "Test suite"\n---\n\nQuokka boards meet weekly. See the [first article](/articles/first/).\n',
	);
	await expect(async () => {
		await page.goto('search/?q=quokka');
		await expect(page.locator('.search-page .pf-result-link', { hasText: 'Quokka governance' })).toBeVisible({ timeout: 3_000 });
	}).toPass({ timeout: 60_000 });
});
