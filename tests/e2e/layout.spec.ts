import { expect, type Page, test } from '@playwright/test';
import { PAGE_TYPES, rootBuildOnly } from './support';

/** The pages that show each diagram. */
const DIAGRAM_PAGES = {
	'career ladder': 'careers/',
	'P3O model': 'articles/p3o-model/',
	'hub and spoke': 'articles/hub-and-spoke-model/',
};

const WIDTHS = [320, 768, 1280];

/** The smallest text a reader is asked to read, in CSS pixels. */
const MIN_TEXT_PX = 12;

/**
 * Measures every visible diagram on the page. A <text> belongs to the nearest rect or circle before it among its
 * siblings, and must lie inside it (for a circle, all four corners of the text's box); a <text> with no shape
 * before it must lie inside the diagram. Returns one line per problem, and the number of texts measured.
 */
async function diagramProblems(page: Page): Promise<{ problems: string[]; measured: number }> {
	return page.locator('main').evaluate((main, minPx) => {
		const problems: string[] = [];
		let measured = 0;
		for (const figure of main.querySelectorAll('figure.diagram')) {
			const shown = [...figure.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
			if (shown.length !== 1) problems.push(`${figure.querySelector('title')?.textContent}: ${shown.length} layouts shown, expected 1`);
			for (const svg of shown) {
				const name = svg.querySelector('title')?.textContent;
				const outer = svg.getBoundingClientRect();
				const scale = svg.getScreenCTM()!.a;
				for (const text of svg.querySelectorAll('text')) {
					measured++;
					const label = `${name}: "${text.textContent}"`;
					const box = text.getBoundingClientRect();
					const px = parseFloat(getComputedStyle(text).fontSize) * scale;
					if (px < minPx - 0.01) problems.push(`${label} is ${px.toFixed(1)} px high`);
					let shape: Element | null = text.previousElementSibling;
					while (shape && !['rect', 'circle'].includes(shape.localName)) shape = shape.previousElementSibling;
					// Half a pixel for rounding; anything more is a glyph out of its shape.
					const edge = 0.5;
					if (shape?.localName === 'circle') {
						const circle = shape.getBoundingClientRect();
						const [cx, cy, r] = [circle.x + circle.width / 2, circle.y + circle.height / 2, circle.width / 2];
						const corners = [
							[box.left, box.top],
							[box.right, box.top],
							[box.left, box.bottom],
							[box.right, box.bottom],
						];
						if (corners.some(([x, y]) => Math.hypot(x! - cx, y! - cy) > r + edge)) problems.push(`${label} overflows its circle`);
					} else {
						const frame = (shape ?? svg).getBoundingClientRect();
						if (
							box.left < frame.left - edge ||
							box.right > frame.right + edge ||
							box.top < frame.top - edge ||
							box.bottom > frame.bottom + edge
						) {
							problems.push(
								`${label} overflows its ${shape ? 'box' : 'diagram'} by ${Math.max(frame.left - box.left, box.right - frame.right, frame.top - box.top, box.bottom - frame.bottom).toFixed(1)} px`,
							);
						}
					}
				}
				if (outer.right > document.documentElement.clientWidth + 0.5) problems.push(`${name} is wider than the screen`);
			}
		}
		return { problems, measured };
	}, MIN_TEXT_PX);
}

for (const [diagram, path] of Object.entries(DIAGRAM_PAGES)) {
	for (const width of WIDTHS) {
		test(`the ${diagram} diagram keeps every label inside its shape and at least 12 px high, at ${width} px`, async ({ page, baseURL }) => {
			rootBuildOnly(baseURL);
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			const { problems, measured } = await diagramProblems(page);
			expect(measured).toBeGreaterThan(0);
			expect(problems).toEqual([]);
		});
	}
}

test.describe('header', () => {
	test('takes one line, at most 56 px, on a phone, with search one tap away', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		for (const width of [320, 390, 639]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('articles/p3o-model/');
			const header = page.locator('.site-header');
			expect((await header.boundingBox())!.height, `at ${width} px`).toBeLessThanOrEqual(56);
			await expect(page.getByRole('navigation', { name: 'Primary' })).toBeHidden();
			await expect(header.locator('[data-search-trigger]')).toBeVisible();
			await expect(header.getByRole('link', { name: 'PMO Knowledge Base' })).toBeVisible();
		}
	});

	test('folds the topics behind a menu button that opens without JavaScript', async ({ browser, baseURL }) => {
		rootBuildOnly(baseURL);
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 }, baseURL: baseURL! });
		const page = await context.newPage();
		await page.goto('./');
		const nav = page.getByRole('navigation', { name: 'Primary' });
		await expect(nav).toBeHidden();
		await page.locator('.site-menu summary').click();
		await expect(nav.getByRole('link', { name: 'PMO structures' })).toBeVisible();
		await nav.getByRole('link', { name: 'Glossary' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
		await context.close();
	});

	test('shows the menu button’s focus, and closes the menu on Escape with focus back on it', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('./');
		const summary = page.locator('.site-menu summary');
		await page.locator('.site-name').focus();
		await page.keyboard.press('Tab');
		await expect(summary).toBeFocused();
		expect(await summary.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
		await page.keyboard.press('Enter');
		const nav = page.getByRole('navigation', { name: 'Primary' });
		await expect(nav).toBeVisible();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		await expect(nav).toBeHidden();
		await expect(summary).toBeFocused();
	});

	test('writes the topics out on a wide screen', async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('./');
		await expect(page.locator('.site-menu summary')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'PMO structures' })).toBeVisible();
	});

	test('shows the Ctrl K hint only where the primary pointer is fine, such as a mouse', async ({ browser, baseURL }) => {
		rootBuildOnly(baseURL);
		for (const [touch, shown] of [
			[false, true],
			[true, false],
		] as const) {
			const context = await browser.newContext({
				hasTouch: touch,
				isMobile: touch,
				viewport: { width: 1280, height: 800 },
				baseURL: baseURL!,
			});
			const page = await context.newPage();
			await page.goto('./');
			await expect(page.locator('.search-trigger kbd')).toBeVisible({ visible: shown });
			await context.close();
		}
	});
});

/**
 * Looks for content the reader cannot see at the page's width: an element reaching past the right edge of the
 * screen (outside a deliberate scroll container, such as a wide table's or a code block's), and text cut off by an
 * element that hides its overflow (other than the 1-pixel boxes that hide text for screen readers only).
 */
function overflowProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const problems: string[] = [];
		const describe = (element: Element) =>
			`<${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
		const scrolls = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
		if (document.documentElement.scrollWidth > width)
			problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide`);
		for (const element of document.body.querySelectorAll('*')) {
			const box = element.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			const style = getComputedStyle(element);
			const screenReaderOnly = box.width <= 1 && box.height <= 1;
			// The element's box, or the content that spills out of an HTML element, such as a word too long for its line.
			const spills = element instanceof HTMLElement && !scrolls(element);
			const right = spills ? Math.max(box.right, box.left + element.scrollWidth) : box.right;
			if (right > width + 0.5 && !screenReaderOnly) {
				let ancestor = element.parentElement;
				while (ancestor && !scrolls(ancestor)) ancestor = ancestor.parentElement;
				if (!ancestor) problems.push(`${describe(element)} reaches ${Math.round(right - width)} px past the screen`);
			}
			const hides = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip');
			const cut = element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
			if (hides && cut && !screenReaderOnly && element.textContent?.trim()) problems.push(`${describe(element)} cuts off its text`);
		}
		return problems;
	});
}

for (const [type, path] of Object.entries({ ...PAGE_TYPES, 'health report': 'about/health/' })) {
	test(`the ${type} page fits a 320 px screen, nothing past its edge or cut off`, async ({ page, baseURL }) => {
		rootBuildOnly(baseURL);
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(path);
		if (path.startsWith('search/')) await expect(page.locator('.search-page .pf-result').first()).toBeVisible();
		expect(await overflowProblems(page)).toEqual([]);
	});
}
