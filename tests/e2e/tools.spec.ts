import { expect, type Page, test } from '@playwright/test';
import { basePath, expectAccessible, watchForProblems } from './support';

// Each tool used as a reader would: fill it in, share the address, open it again and get the same result. Every
// test runs under the strict CSP at / and under /kb/, and fails on any exception, console error or dialog.

/**
 * The result view has no axe violation in the light theme at desktop width and in the dark theme at 320 pixels,
 * where it must fit: wide tables scroll inside their own box, never the page. axe runs on the root build only,
 * as accessibility does not depend on the base path.
 */
async function expectAccessibleAndNarrow(page: Page, baseURL: string | undefined): Promise<void> {
	const root = basePath(baseURL) === '/';
	if (root) await expectAccessible(page);
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	if (root) {
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectAccessible(page);
	}
}

/** Opens the current address in a fresh page, as someone the link was sent to would. */
async function openShared(page: Page): Promise<Page> {
	const shared = await page.context().newPage();
	await shared.goto(page.url());
	return shared;
}

test.describe('the scoring-matrix calculator', () => {
	const rankingText = (page: Page) => page.locator('[data-ranking]').innerText();

	test('ranks projects, checks the weights, survives a shared link and a reload, and imports and exports CSV', async ({
		page,
		baseURL,
	}) => {
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
		await expect(page.locator('[data-problems]')).toContainText(
			'bad.csv was not imported:Line 1: there is no column for the criterion "Financial return".',
		);
		// The toolkit's own download, byte-order mark, quoted commas and all, gives back the toolkit's six criteria.
		const template = await page.locator('[data-scoring] a[download]').getAttribute('href');
		const body = await (await page.request.get(new URL(template!, page.url()).href)).body();
		await upload.setInputFiles({ name: 'template.csv', mimeType: 'text/csv', buffer: body });
		await expect(page.locator('[data-criteria] tr')).toHaveCount(6);
		await expect(page.locator('[data-summary]')).toHaveText(/^Imported template\.csv\. 4 projects ranked\./);
		await upload.setInputFiles({
			name: 'weights.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('Criterion,Weight (%)\nStrategic alignment,70\nFinancial return,30\n'),
		});
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
		await expectAccessibleAndNarrow(page, baseURL);
		expect(problems).toEqual([]);
	});

	test('a hostile link gets a clear message and never NaN or markup', async ({ page }) => {
		const problems = await watchForProblems(page);
		await page.goto('tools/scoring-matrix/?c=Fine:100&c=%3Cb%3Ebold%3C%2Fb%3E:NaN&p=One:9&p=Two:4');
		await expect(page.locator('[data-problems]')).toContainText(
			'The weight of "<b>bold</b>" in the link is not a whole number from 0 to 100.',
		);
		await expect(page.locator('[data-problems]')).toContainText('"One" in the link needs 1 scores from 1 to 5.');
		await expect(page.locator('[data-ranking] tr')).toHaveText(['1Two4.00']);
		await expect(page.locator('main b')).toHaveCount(0);
		expect(await page.locator('main').innerText()).not.toContain('NaN');
		expect(problems).toEqual([]);
	});
});

test('the categorisation wizard places a project by the decision rule, explains why and keeps the answers in a shared link', async ({
	page,
	baseURL,
}) => {
	const problems = await watchForProblems(page);
	await page.goto('tools/categorisation/');
	const summary = page.locator('[data-categorisation] [data-summary]');
	await expect(summary).toHaveText('Answer 6 more questions to see the category.');
	// The second project of the worked example: small and short, but under the regulator's eye.
	const answer = (question: string, option: RegExp) =>
		page.getByRole('group', { name: question }).getByRole('radio', { name: option }).check();
	await answer('Whole-life cost', /^Within a single team's budget/);
	await answer('Duration', /^Less than 3 months/);
	await answer('Business areas affected', /^One directorate/);
	await answer('Strategic importance', /^Supports an operational plan/);
	await answer('Novelty and complexity', /^Routine/);
	await expect(summary).toHaveText('Answer 1 more question to see the category.');
	await answer(
		'Regulatory, safety or reputational exposure (critical: can decide the category on its own)',
		/^High, or under external scrutiny/,
	);
	await expect(summary).toHaveText(
		/^Category 1: major\. Decided by a critical criterion on its own: Regulatory, safety or reputational exposure: "High, or under external scrutiny"\.$/,
	);
	await expect(page.locator('.tool-governance')).toContainText('Executive board or investment committee');
	await page.getByRole('button', { name: 'See the result' }).press('Enter');
	await expect(page.getByRole('heading', { name: 'Result' })).toBeFocused();

	const shared = await openShared(page);
	await expect(shared.locator('[data-categorisation] [data-summary]')).toHaveText(await summary.innerText());
	await shared.getByRole('radio', { name: /^Low / }).check();
	await expect(shared.locator('[data-categorisation] [data-summary]')).toHaveText(
		'Category 3: standard. 3 criteria point to this category or a higher one: Business areas affected: "One directorate"; Strategic importance: "Supports an operational plan"; Regulatory, safety or reputational exposure: "Low".',
	);
	await shared.reload();
	await expect(shared.locator('[data-categorisation] [data-summary]')).toHaveText(/^Category 3: standard\./);
	await shared.close();
	await expectAccessibleAndNarrow(page, baseURL);
	expect(problems).toEqual([]);
});

test('the maturity self-assessment charts each dimension, links help for weak ones and survives a shared link', async ({
	page,
	baseURL,
}) => {
	const problems = await watchForProblems(page);
	await page.goto('tools/pmo-maturity/?resource-management=9,1&risk-management=2,2,2');
	await expect(page.locator('[data-maturity] [data-problems]')).toContainText(
		'Answer 1 of "resource-management" in the link must be a whole number from 1 to 5.',
	);
	await expect(page.locator('[data-maturity] [data-problems]')).toContainText(
		'"risk-management" in the link should have 2 answers, not 3.',
	);
	const questions = page.locator('[data-maturity-form] fieldset');
	const count = await questions.count();
	// Every dimension "Standard across the organisation" except resource management, which is ad hoc.
	for (let index = 0; index < count; index += 1) await questions.nth(index).getByRole('radio', { name: /^4: / }).check();
	const resources = page.locator('section', { has: page.getByRole('heading', { name: 'Resource management' }) });
	for (const fieldset of await resources.locator('fieldset').all()) await fieldset.getByRole('radio', { name: /^2: / }).check();
	const summary = page.locator('[data-maturity] [data-summary]');
	await expect(summary).toHaveText('Overall maturity 3.7 out of 5. Weakest: Resource management.');
	await expect(page.locator('.tool-chart title')).toHaveText('Maturity by dimension, out of 5');
	await expect(page.locator('.tool-chart desc')).toContainText('Resource management 2.0');
	await expect(page.locator('.tool-chart rect.weak')).toHaveCount(1);
	await expect(page.getByRole('row', { name: 'Resource management 2.0 Weak' })).toBeVisible();
	await page.getByRole('link', { name: 'Resource management', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resource management');
	await page.goBack();

	await expect(summary).toHaveText('Overall maturity 3.7 out of 5. Weakest: Resource management.');
	await page.reload();
	await expect(summary).toHaveText('Overall maturity 3.7 out of 5. Weakest: Resource management.');
	await expectAccessibleAndNarrow(page, baseURL);
	expect(problems).toEqual([]);
});

test('the career self-check suggests a level, lists the gaps to the next with links, and survives a shared link', async ({
	page,
	baseURL,
}) => {
	const problems = await watchForProblems(page);
	await page.goto('tools/career-check/');
	const summary = page.locator('[data-career] [data-summary]');
	await expect(summary).toHaveText('Level 1 is the place to start: New to project support. 4 statements of level 1 still to build.');
	const level = (n: number) => page.getByRole('group', { name: new RegExp(`^Level ${n}: `) }).getByRole('checkbox');
	for (const box of await level(1).all()) await box.check();
	for (const box of (await level(2).all()).slice(0, 3)) await box.check();
	await level(3).first().check();
	await expect(summary).toHaveText('Level 2 fits: Supporting portfolios, programmes and projects. 3 gaps to level 3.');
	await expect(page.locator('[data-career] [data-detail] li').first()).toHaveText('I lead a team of PMO staff and help them develop.');
	await expect(page.locator('[data-career] [data-detail]').getByRole('link', { name: 'PMO Manager' })).toBeVisible();

	const shared = await openShared(page);
	await expect(shared.locator('[data-career] [data-summary]')).toHaveText(await summary.innerText());
	await expect(
		shared
			.getByRole('group', { name: /^Level 3: / })
			.getByRole('checkbox')
			.first(),
	).toBeChecked();
	await shared.reload();
	await expect(shared.locator('[data-career] [data-summary]')).toHaveText(await summary.innerText());
	await shared.close();
	await expectAccessibleAndNarrow(page, baseURL);
	expect(problems).toEqual([]);
});

test('without JavaScript, each tool page shows the method, a printable form and says the calculator needs JavaScript', async ({
	browser,
	baseURL,
}) => {
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
		await expect(page.locator('[data-share]')).toBeHidden();
	}
	await context.close();
});
