import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { check, LinkState } from 'linkinator';
import { TOPICS } from '../../src/consts';
import { readEntryFiles, readGlossaryFile } from '../../src/data/content-files';
import { entryId } from '../../src/lib/entry-id';
import { entryPath, isPrintView, linkTargets } from '../../src/lib/routes';
import { REPRO_DIR } from './sites.mjs';
import { basePath, expectAccessible, isRedirectStub, outDirFor, PAGE_TYPES, rootBuildOnly } from './support';

/**
 * Size budgets, gzipped. Together they keep a whole article page within 25 KB before search is opened
 * (Starlight's default article page is 64 KB at 1,000 pages): HTML 16 + CSS 5 + JS 4. The search
 * components load on demand and have a budget of their own. Images are not part of that first view: each
 * loads lazily when it scrolls near (tests/e2e/authoring.spec.ts), and no file of any width may pass its own budget.
 */
const BUDGET = {
	html: 16 * 1024,
	css: 5 * 1024,
	js: 4 * 1024,
	searchUi: 42 * 1024,
	glossaryIndex: 24 * 1024,
	image: 80 * 1024,
	tool: 12 * 1024,
};

const gz = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;
const files = (dir: string, ending: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith(ending))
		.map((file) => join(dir, file));

test('two clean builds of the same content are byte-identical, search index included', async ({ baseURL }) => {
	test.skip(basePath(baseURL) !== '/', 'The second build is of the root site only.');
	const snapshot = (dir: string) =>
		new Map(
			readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name))]),
		);
	const [a, b] = [snapshot(outDirFor(baseURL)), snapshot(REPRO_DIR)];
	expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
	expect([...a.keys()].some((file) => file.includes('pagefind/filter/'))).toBe(true);
	const different = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
	expect(different).toEqual([]);
});

test('every built page is valid HTML', async ({ baseURL }) => {
	rootBuildOnly(baseURL);
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems: string[] = [];
	for (const file of files(outDirFor(baseURL), '.html').filter((page) => !isRedirectStub(page))) {
		const report = await validator.validateFile(file);
		for (const result of report.results)
			for (const message of result.messages)
				problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
	}
	expect(problems).toEqual([]);
});

test('pages, CSS and JavaScript stay within their gzipped size budgets', async ({ baseURL }) => {
	const outDir = outDirFor(baseURL);
	// The glossary index is the one page that grows with the content: every definition on one page, so that
	// readers can scan and find in page. It has a budget of its own; every other page keeps the common one.
	const glossaryIndex = join(outDir, 'glossary/index.html');
	// A topic's print view holds all of the topic's pages, and may weigh as much as they do together.
	const printViews = files(outDir, 'index.html').filter((file) => isPrintView(file.replace(/index\.html$/, '')));
	expect(printViews.length).toBeGreaterThan(0);
	const overweight = files(outDir, '.html')
		.filter((file) => file !== glossaryIndex && !printViews.includes(file) && gz(file) > BUDGET.html)
		.map((file) => `${file}: ${gz(file)} B`);
	for (const file of printViews) {
		const pages = readFileSync(file, 'utf8').split('<article class="print-entry"').length - 1;
		if (gz(file) > BUDGET.html * pages) overweight.push(`${file}: ${gz(file)} B for ${pages} pages`);
	}
	expect(overweight).toEqual([]);
	expect(gz(glossaryIndex)).toBeLessThanOrEqual(BUDGET.glossaryIndex);

	const linked = (page: string, pattern: RegExp) =>
		[...readFileSync(join(outDir, page), 'utf8').matchAll(pattern)].map((match) => join(outDir, match[1]!.slice(basePath(baseURL).length)));
	const css = linked('articles/p3o-model/index.html', /<link rel="stylesheet" href="([^"]+)"/g);
	expect(css.reduce((total, file) => total + gz(file), 0)).toBeLessThanOrEqual(BUDGET.css);

	// A page's scripts and the modules they import statically; dynamic imports wait for a search.
	const scriptsOf = (page: string) => {
		const scripts = new Set(linked(page, /<script type="module" src="([^"]+)"/g));
		for (const script of scripts) {
			for (const [, name] of readFileSync(script, 'utf8').matchAll(/\bimport\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([^"']+)["']/g)) {
				scripts.add(join(outDir, '_astro', name!));
			}
		}
		return scripts;
	};
	const articleScripts = scriptsOf('articles/p3o-model/index.html');
	expect([...articleScripts].reduce((total, file) => total + gz(file), 0)).toBeLessThanOrEqual(BUDGET.js);

	// Each tool page loads the site-wide scripts plus its own, which no other page loads.
	const tools = readdirSync(join(outDir, 'tools'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
	expect(tools.length).toBeGreaterThanOrEqual(1);
	const ownScripts = new Map(
		tools.map((tool) => [tool.name, [...scriptsOf(`tools/${tool.name}/index.html`)].filter((file) => !articleScripts.has(file))]),
	);
	for (const [tool, own] of ownScripts) {
		expect(own.length, tool).toBeGreaterThan(0);
		expect(
			own.reduce((total, file) => total + gz(file), 0),
			tool,
		).toBeLessThanOrEqual(BUDGET.tool);
	}

	const images = readdirSync(join(outDir, '_astro')).filter((file) => /\.(webp|avif|png|jpe?g|gif|svg)$/.test(file));
	expect(images.length).toBeGreaterThan(0);
	expect(images.map((file) => join(outDir, '_astro', file)).filter((file) => readFileSync(file).length > BUDGET.image)).toEqual([]);

	const searchUi = files(join(outDir, '_astro'), '.js').filter((file) => file.includes('search-components'));
	expect(searchUi).toHaveLength(1);
	expect(gz(searchUi[0]!)).toBeLessThanOrEqual(BUDGET.searchUi);
});

test('the route module knows every built page, and every page it knows is built', async ({ baseURL }) => {
	rootBuildOnly(baseURL);
	const outDir = outDirFor(baseURL);
	const entries = (['articles', 'roles'] as const).flatMap((collection) =>
		readEntryFiles('content', collection)
			.filter(({ data }) => !data.draft)
			.map(({ name, data }) => ({ url: entryPath(collection, entryId(name, data.slug)), tags: (data.tags as string[] | undefined) ?? [] })),
	);
	const known = linkTargets({
		pageFiles: readdirSync('src/pages', { recursive: true, encoding: 'utf8' }),
		pages: new Map(entries.map(({ url }) => [url, []])),
		glossaryIds: readGlossaryFile('content').map((entry) => entry.id),
		toolkitIds: readdirSync('content/toolkits').map((file) => file.replace(/\.yaml$/, '')),
		toolIds: readdirSync('content/tools').map((file) => file.replace(/\.yaml$/, '')),
		topicIds: TOPICS.map((topic) => topic.id),
		tags: entries.flatMap((entry) => entry.tags),
	});
	const built = [...files(outDir, 'index.html').filter((file) => !isRedirectStub(file)), ...files(outDir, '.csv')]
		.map((file) => `/${file.slice(outDir.length + 1)}`.replace(/index\.html$/, ''))
		.filter((path) => !path.startsWith('/pagefind/'));
	expect(built.sort()).toEqual([...known.keys()].sort());
});

test('every old address leads, through its redirect stub, to a page that was built', async ({ page, baseURL }) => {
	const outDir = outDirFor(baseURL);
	const stubs = files(outDir, 'index.html').filter(isRedirectStub);
	expect(stubs.length).toBeGreaterThan(0);
	for (const stub of stubs) {
		const target = readFileSync(stub, 'utf8').match(/content="0;url=([^"]+)"/)![1]!;
		expect(target.startsWith(basePath(baseURL)), `${stub} → ${target}`).toBe(true);
		expect(readdirSync(join(outDir, target.slice(basePath(baseURL).length))), target).toContain('index.html');
	}
	await page.goto('roles/pmo-head/');
	await expect(page).toHaveURL(new RegExp(`${basePath(baseURL)}roles/pmo-manager/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO Manager');
});

test('every internal link, asset and anchor resolves, and every page can be reached from the home page', async ({ baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const result = await check({
		path: baseURL!,
		recurse: true,
		checkFragments: true,
		concurrency: 16,
		// Sources cite other sites, which this machine cannot reach; only the site's own links are checked.
		linksToSkip: async (link) => !link.startsWith(origin),
	});
	const broken = result.links
		.filter((link) => link.state === LinkState.BROKEN)
		.map((link) => `${link.url} (linked from ${link.parent}): ${link.status}`);
	expect(broken).toEqual([]);

	const reached = new Set(result.links.map((link) => new URL(link.url).pathname));
	const base = basePath(baseURL);
	const orphans = files(outDirFor(baseURL), 'index.html')
		.map((file) => `${base}${file.slice(outDirFor(baseURL).length + 1).replace(/index\.html$/, '')}`)
		.filter((path) => path !== `${base}404/` && !reached.has(path))
		.filter((path) => !isRedirectStub(join(outDirFor(baseURL), path.slice(base.length), 'index.html')));
	expect(orphans).toEqual([]);
});

// One test per page type and theme, so that each has its own time budget and its own failure message.
for (const scheme of ['light', 'dark'] as const) {
	for (const [type, path] of Object.entries(PAGE_TYPES)) {
		test(`the ${type} page has no WCAG 2.1 A or AA violation, in ${scheme}`, async ({ page, baseURL }) => {
			rootBuildOnly(baseURL);
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			if (path.startsWith('search/')) await expect(page.locator('.search-page .pf-result').first()).toBeVisible();
			await expectAccessible(page);
		});
	}
}
