import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEV } from './sites.mjs';

// Only this file needs `astro dev`, so it starts the server itself instead of making every run wait for it. Its
// tests share that one server and the content they add to it, so they run in order in one worker: run in
// parallel, a second worker would start a second server on the same port and stop it under the first.
test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;

test.beforeAll(async () => {
	server = spawn(process.execPath, ['tests/e2e/dev-server.mjs'], { stdio: ['ignore', 'inherit', 'inherit'] });
	const exited = new Promise<never>((_, reject) => server!.once('exit', (code) => reject(new Error(`astro dev exited with code ${code}`))));
	// Wait for the state (the server answers), polling; the test's own limit ends a server that never starts.
	const answers = (async () => {
		for (;;) {
			const ok = await fetch(`http://localhost:${DEV.port}/`).then(
				(response) => response.ok,
				() => false,
			);
			if (ok) return;
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	})();
	await Promise.race([answers, exited]);
});

test.afterAll(async () => {
	if (!server || server.exitCode !== null) return;
	const exited = new Promise((resolve) => server!.once('exit', resolve));
	server.kill('SIGTERM');
	await exited;
});

test('npm run dev serves a search index of the content, and refreshes it when content changes', async ({ page }) => {
	await page.goto('search/?q=fixture');
	await expect(page.locator('.search-page .pf-result-link', { hasText: 'First fixture article' })).toBeVisible();

	writeFileSync(
		join(DEV.contentDir, 'articles/added-while-writing.mdx'),
		'---\ntitle: "Quokka governance"\ndescription: "A page added while the dev server runs, to check search refreshes."\ntopic: strategy\nupdated: 2026-01-15\nreviewed: 2026-01-15\nsources:\n  - title: "Fixture source"\n    publisher: "Test suite"\n---\n\nQuokka boards meet weekly. See the [first article](/articles/first/).\n',
	);
	// The index refreshes in the background; reload the search until the new page is found in it.
	await expect(async () => {
		await page.goto('search/?q=quokka');
		await expect(page.locator('.search-page pagefind-summary')).toContainText('quokka');
		await expect(page.locator('.search-page .pf-result-link', { hasText: 'Quokka governance' })).toBeVisible({ timeout: 5_000 });
	}).toPass({ timeout: 150_000 });
});

test('npm run dev shows a page and a toolkit still holding placeholders of npm run new, marked unfinished with the lines to write', async ({
	page,
}) => {
	writeFileSync(
		join(DEV.contentDir, 'toolkits/half-done.yaml'),
		'title: "Half-done tracker"\ndescription: "TODO: what the template is for."\npractice: second\ncolumns:\n  - key: item\n    label: "Item"\n    description: "What is tracked."\n',
	);
	writeFileSync(
		join(DEV.contentDir, 'articles/still-being-written.mdx'),
		'---\ntitle: "Half-written page"\ndescription: "TODO: one sentence, 20-200 characters, shown in search results."\ntopic: strategy\nupdated: 2026-01-15\nreviewed: 2026-01-15\nsources:\n  - title: "Fixture source"\n    publisher: "Test suite"\n---\n\nTODO: introduce the subject. See the [first article](/articles/first/).\n\n<Toolkit id="half-done" />\n',
	);
	// The content layer picks the new file up in the background; reload until the page is served.
	await expect(async () => {
		await page.goto('articles/still-being-written/');
		await expect(page.locator('h1')).toHaveText('Half-written page', { timeout: 5_000 });
	}).toPass({ timeout: 150_000 });
	await expect(page.locator('.unfinished', { hasText: 'still-being-written.mdx' })).toHaveText(
		/Unfinished: placeholders from npm run new remain in .*articles\/still-being-written\.mdx, lines 3, 12\./,
	);
	await expect(page.locator('.unfinished', { hasText: 'half-done.yaml' })).toHaveText(/Unfinished: .*toolkits\/half-done\.yaml, line 2\./);
});

test('in npm run dev, the search dialog loads its engine from the served index and finds pages', async ({ page }) => {
	await page.goto('articles/first/');
	await page.keyboard.press('Control+k');
	const dialog = page.locator('pagefind-modal dialog');
	await dialog.locator('pagefind-input input').fill('fixture');
	await expect(dialog.locator('.pf-result-link', { hasText: 'First fixture article' })).toBeVisible();
});
