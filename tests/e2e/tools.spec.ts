import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, watchForProblems } from './support';

// Each tool used as a reader would: fill it in, share the address, open it again and get the same result. Every
// test runs under the strict CSP at / and under /kb/, and fails on any exception, console error or dialog.

/** The tool must fit a 320-pixel screen: wide tables scroll inside their own box, never the page. */
async function expectNarrowFit(page: Page): Promise<void> {
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

/** Opens the current address in a fresh page, as someone the link was sent to would. */
async function openShared(page: Page): Promise<Page> {
	const shared = await page.context().newPage();
	await shared.goto(page.url());
	return shared;
}

test.describe('the scoring-matrix calculator', () => {
	const rankingText = (page: Page) => page.locator('[data-ranking]').innerText();

	test('ranks projects, checks the weights, survives a shared link and a reload, and imports and exports CSV', async ({ page }) => {
		const problems = await watchForProblems(page);
		await page.goto('tools/scoring-matrix/');
		await expect(page.locator('[data-summary]')).toHaveText(/^3 projects ranked\. First: /);

		const weight = page.getByRole('textbox', { name: 'Weight of criterion 1, %' });
		await weight.fill('40');
		await expect(page.locator('[data-weight-status]')).toHaveText('The weights add up to 110%; they must add up to 100%.');
		await expect(page.locator('[data-summary]')).toHaveText('Fix the criteria and weights above to see the ranking.');
		await weight.fill('30');
		await page.getByRole('button', { name: 'Add a project' }).click();
		const name = page.getByRole('textbox', { name: 'Project 4' });
		await expect(name).toBeFocused();
		// A name that is markup to a browser and a formula to a spreadsheet.
		const hostile = '=1+1<img src=x onerror=alert(1)>';
		await name.fill(hostile);
		await page.getByRole('combobox', { name: `${hostile} Strategic alignment` }).selectOption('5');
		await expect(page.locator('[data-ranking] tr')).toHaveCount(4);
		await expect(page.locator('[data-ranking]')).toContainText(hostile);
		await expect(page.locator('[data-sensitivity] li').first()).toBeVisible();
		const ranking = await rankingText(page);
		expect(ranking).not.toContain('NaN');

		const shared = await openShared(page);
		await expect(shared.locator('[data-ranking] tr')).toHaveCount(4);
		expect(await rankingText(shared)).toBe(ranking);
		await shared.reload();
		await expect(shared.locator('[data-ranking] tr')).toHaveCount(4);
		expect(await rankingText(shared)).toBe(ranking);
		await shared.close();

		const upload = page.getByLabel('Import a CSV file');
		await upload.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('Project,Strategic alignment\nA,5\n') });
		await expect(page.locator('[data-problems]')).toContainText('bad.csv was not imported:Line 1: there is no column for the criterion "Financial return".');
		await upload.setInputFiles({ name: 'weights.csv', mimeType: 'text/csv', buffer: Buffer.from('Criterion,Weight (%)\nStrategic alignment,70\nFinancial return,30\n') });
		await expect(page.locator('[data-problems]')).toBeEmpty();
		await expect(page.locator('[data-criteria] tr')).toHaveCount(2);
		await expect(page.locator('[data-summary]')).toHaveText(/^Imported weights\.csv\. 4 projects ranked\./);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the ranking as CSV' }).click();
		const csv = await (await download).createReadStream().then(async (stream) => {
			let text = '';
			for await (const chunk of stream) text += chunk;
			return text;
		});
		expect(csv).toContain('Project,Strategic alignment,Financial return,Weighted score,Rank\r\n');
		expect(csv).toContain(`'${hostile},5,`);
		await expectAccessible(page);
		await expectNarrowFit(page);
		expect(problems).toEqual([]);
	});

	test('a hostile link gets a clear message and never NaN or markup', async ({ page }) => {
		const problems = await watchForProblems(page);
		await page.goto('tools/scoring-matrix/?c=Fine:100&c=%3Cb%3Ebold%3C%2Fb%3E:NaN&p=One:9&p=Two:4');
		await expect(page.locator('[data-problems]')).toContainText('The weight of "<b>bold</b>" in the link is not a whole number from 0 to 100.');
		await expect(page.locator('[data-problems]')).toContainText('"One" in the link needs 1 scores from 1 to 5.');
		await expect(page.locator('[data-ranking] tr')).toHaveText(['1Two4.00']);
		await expect(page.locator('main b')).toHaveCount(0);
		expect(await page.locator('main').innerText()).not.toContain('NaN');
		expect(problems).toEqual([]);
	});
});

test('without JavaScript, each tool page shows the method, a printable form and says the calculator needs JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	await page.goto('tools/');
	const tools = await page.locator('.tool-list h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	expect(tools.length).toBeGreaterThanOrEqual(1);
	for (const tool of tools) {
		await page.goto(tool);
		await expect(page.getByRole('heading', { name: 'Method' })).toBeVisible();
		await expect(page.locator('main ol li').first()).toBeVisible();
		await expect(page.locator('[data-printable]')).toBeVisible();
		await expect(page.getByText('The calculator needs JavaScript.')).toBeVisible();
		await expect(page.locator('.tool')).toBeHidden();
	}
	await context.close();
});
