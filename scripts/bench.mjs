// Benchmark: builds the site with N synthetic articles added to the real content and prints build time,
// memory, output size, article page weight and the cost of a first search, measured in Chromium; then, with
// lean Astro Starlight built from the same corpus, both sites' first search side by side.
//   npm run bench                   N = 1,000 and 5,000
//   npm run bench -- 1000 10000     any sizes; 0 is the real knowledge base alone
//   npm run bench -- 1000 --no-starlight   this site only
//   npm run bench -- 5000 --same-pages     the synthetic pages without the real knowledge base (the smallest
//                                          content the site builds from instead), so that both sites index
//                                          nearly the same pages
//   npm run bench -- 5000 --queries        also the bytes of a first search for each of 40 words of the
//                                          corpus, on both sites: one query's bytes depend on where the
//                                          index's chunk boundaries fall around its words
// The synthetic corpus comes from shared/bench/gen-corpus.mjs (deterministic, seed 42), and Starlight from
// shared/bench/starlight-baseline/build.sh, both found in the nearest parent folder that has them.
// BENCH_ROUNDS (default 3) sets how many times each site's first search is measured, the two alternating;
// STARLIGHT_DIR (default: a folder in the system's temporary directory) is where Starlight is built.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parseFrontmatter } from 'astro/markdown';

/** The shared benchmark helpers: `shared/bench` in this folder or the nearest parent that has one. */
function sharedBench() {
	for (let dir = resolve('..'); ; dir = dirname(dir)) {
		if (existsSync(join(dir, 'shared', 'bench', 'gen-corpus.mjs'))) return join(dir, 'shared', 'bench');
		if (dirname(dir) === dir) return resolve('../shared/bench');
	}
}
const SHARED = sharedBench();
const GENERATOR = join(SHARED, 'gen-corpus.mjs');
const STARLIGHT_BUILD = join(SHARED, 'starlight-baseline', 'build.sh');
const STARLIGHT_DIR = resolve(process.env.STARLIGHT_DIR ?? join(tmpdir(), 'pmo-kb-bench-starlight'));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WORK = resolve('.bench');
const PORT = 4400;
const STARLIGHT_PORT = 4401;
// Words found on almost every synthetic page: the worst case for the index chunks a first search fetches.
const QUERY = 'benefits realisation';
const TOPIC_OF = {
	governance: 'structures',
	'portfolio-management': 'strategy',
	delivery: 'practices',
	'resource-management': 'practices',
	benefits: 'practices',
	'pmo-operations': 'roles',
};

// Plain Markdown, as the corpus is written and as Starlight builds it; `--mdx` makes every page MDX instead.
const extension = process.argv.includes('--mdx') ? '.mdx' : '.md';
const sizes = process.argv
	.slice(2)
	.filter((arg) => /^\d+$/.test(arg))
	.map(Number);
const withStarlight = !process.argv.includes('--no-starlight');
// The smallest content the site builds from (two articles, a role, two glossary terms, a level, a toolkit).
const samePages = process.argv.includes('--same-pages');
const manyQueries = process.argv.includes('--queries');
const baseContent = samePages ? 'tests/fixtures/base' : 'content';
if (samePages && sizes.includes(0)) {
	console.error('--same-pages needs synthetic pages: N = 0 would measure the fixture site alone.');
	process.exit(1);
}
for (const file of [GENERATOR, ...(withStarlight ? [STARLIGHT_BUILD] : [])]) {
	if (!existsSync(file)) {
		console.error(`Missing: ${file}${file === STARLIGHT_BUILD ? ' (run with --no-starlight to measure this site alone)' : ''}`);
		process.exit(1);
	}
}

/** Writes the base content plus N synthetic articles, converted to this site's schema, into dir. */
function makeContent(n, dir, extension) {
	const raw = join(WORK, `raw-${n}`);
	rmSync(raw, { recursive: true, force: true });
	rmSync(dir, { recursive: true, force: true });
	cpSync(baseContent, dir, { recursive: true });
	if (n === 0) return;
	run('node', [GENERATOR, raw, String(n), '--seed', '42', '--flavor', 'starlight']);
	const out = join(dir, 'articles', 'bench');
	mkdirSync(out, { recursive: true });
	for (const category of readdirSync(raw)) {
		for (const file of readdirSync(join(raw, category))) {
			const text = readFileSync(join(raw, category, file), 'utf8');
			const { frontmatter, content: body } = parseFrontmatter(text);
			const field = (name) =>
				JSON.stringify(frontmatter[name] instanceof Date ? frontmatter[name].toISOString().slice(0, 10) : frontmatter[name]);
			const order = Number(file.match(/(\d+)\.md$/)[1]);
			writeFileSync(
				join(out, file.replace(/\.md$/, extension)),
				[
					'---',
					`title: ${field('title')}`,
					`description: ${field('description')}`,
					`topic: ${TOPIC_OF[frontmatter.category]}`,
					`order: ${order}`,
					`tags: ${field('tags')}`,
					`audience: [${frontmatter.level}]`,
					`updated: ${field('updated')}`,
					`reviewed: ${field('updated')}`,
					'sources:',
					'  - title: "Synthetic benchmark corpus"',
					'    publisher: "pmo-kb benchmark"',
					'---',
					body.replace(/\]\(\/[a-z-]+\/([a-z0-9-]+)\/\)/g, '](/articles/bench/$1/)'),
				].join('\n'),
			);
		}
	}
	rmSync(raw, { recursive: true, force: true });
}

/** Runs a command with its output in .bench/last.log, which is named when it fails. */
function run(command, args, env = {}) {
	const log = join(WORK, 'last.log');
	const fd = openSync(log, 'w');
	const result = spawnSync(command, args, { stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
	closeSync(fd);
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed; see ${log}`);
}

/** Builds from cold caches, as CI does, with GNU time; returns wall seconds and peak resident memory in MB. */
function build(contentDir, outDir) {
	rmSync('node_modules/.astro', { recursive: true, force: true });
	const timeFile = join(WORK, 'time.txt');
	run('/usr/bin/time', ['-v', '-o', timeFile, 'node', 'scripts/build.mjs'], {
		KB_CONTENT_DIR: relative('.', contentDir),
		KB_OUT_DIR: relative('.', outDir),
		BASE_PATH: '/',
		ASTRO_TELEMETRY_DISABLED: '1',
	});
	const report = readFileSync(timeFile, 'utf8');
	const [, clock] = report.match(/Elapsed \(wall clock\) time.*: (.*)/);
	const seconds = clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
	const peakMb = Math.round(Number(report.match(/Maximum resident set size \(kbytes\): (\d+)/)[1]) / 1024);
	return { seconds, peakMb };
}

function walk(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

const gz = (buffer) => gzipSync(buffer, { level: 6 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Loads a page in Chromium and totals what it fetches, gzipped, by kind. */
async function measurePage(browser, url) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const fetched = [];
	page.on('response', (response) => {
		fetched.push(
			response.body().then(
				(body) => ({ type: response.request().resourceType(), raw: body.length, gz: gz(body) }),
				() => ({ type: response.request().resourceType(), raw: 0, gz: 0 }),
			),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const all = await Promise.all(fetched);
	await context.close();
	const sum = (type) => all.filter((item) => !type || item.type === type).reduce((total, item) => total + item.gz, 0);
	return {
		htmlRaw: all.find((item) => item.type === 'document')?.raw ?? 0,
		html: sum('document'),
		css: sum('stylesheet'),
		js: sum('script'),
		total: sum(),
		requests: all.length,
	};
}

/**
 * The first search, the same way on both sites, through Pagefind's own API: load an article, import
 * pagefind.js, search, and load the first five results' data. Returns the time that took and what it
 * fetched (gzipped), from a cold browser cache.
 */
async function firstSearch(browser, url, query = QUERY) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	const fetched = [];
	// The context sees the requests of Pagefind's Web Worker too.
	context.on('response', (response) => fetched.push(response.body().then(gz, () => 0)));
	const ms = await page.evaluate(
		async ({ bundle, query }) => {
			const started = performance.now();
			const pagefind = await import(`${bundle}pagefind.js`);
			const search = await pagefind.search(query);
			await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
			return Math.round(performance.now() - started);
		},
		{ bundle: new URL('/pagefind/', url).href, query },
	);
	const sizes = await Promise.all(fetched);
	await context.close();
	return { ms, bytes: sizes.reduce((total, size) => total + size, 0), requests: sizes.length };
}

/**
 * Forty one-word queries from the synthetic pages in `dir`: the 20 words of five or more letters used on the
 * most pages, and 20 spread evenly over the rest, from common to rare.
 */
function corpusQueries(dir) {
	const pagesUsing = new Map();
	for (const file of readdirSync(dir)) {
		// The words of the text, not of the links' addresses.
		const text = parseFrontmatter(readFileSync(join(dir, file), 'utf8')).content.replace(/\]\([^)]*\)/g, ']');
		for (const word of new Set(text.toLowerCase().match(/\p{L}{5,}/gu))) pagesUsing.set(word, (pagesUsing.get(word) ?? 0) + 1);
	}
	const ranked = [...pagesUsing].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
	const rest = ranked.slice(20);
	return [...ranked.slice(0, 20), ...Array.from({ length: 20 }, (_, i) => rest[Math.floor((i * rest.length) / 20)])];
}

/**
 * Each site's search dialog: how a reader shows intent (which starts the engine loading), how the dialog
 * opens, and where its input, summary and results are. Ours loads the engine on pointing at the search
 * button; Starlight's on opening the dialog.
 */
const DIALOGS = {
	ours: {
		intent: (page) => page.locator('[data-search-trigger]').hover(),
		open: (page) => page.keyboard.press('Control+k'),
		input: 'pagefind-modal input',
		summary: 'pagefind-modal pagefind-summary',
		result: '.pf-result',
		link: '.pf-result-link',
	},
	starlight: {
		intent: (page) => page.keyboard.press('Control+k'),
		open: async () => {},
		input: '#starlight__search input',
		summary: '.pagefind-ui__message',
		result: '.pagefind-ui__result',
		link: '.pagefind-ui__result-link',
	},
};

/**
 * A site's dialog as a reader meets it: show intent, wait until the engine and page list have arrived, open
 * the dialog, type the query at about ten keys a second, and time from the last keypress until the results
 * of the whole query are painted (and from the first keypress to the first results of any part of it). Ours
 * searches a finished word at once and the rest after a 150 ms pause; Starlight's waits 300 ms.
 */
async function dialogSearch(browser, url, dialog) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	const engine = [/wasm\.[\w-]+\.pagefind$/, /\.pf_meta$/].map((file) =>
		context.waitForEvent('response', (response) => file.test(response.url())),
	);
	// Everything search fetches from the first sign of intent on, as a reader's browser would.
	const fetched = [];
	context.on('response', (response) => fetched.push(response.body().then(gz, () => 0)));
	await dialog.intent(page);
	await Promise.all(engine);
	await dialog.open(page);
	await page.locator(dialog.input).waitFor();
	await page.evaluate(
		({ query, summary, result, link }) => {
			const timing = (window.benchTiming = { keys: [], painted: [], whole: [] });
			document.addEventListener('keydown', () => timing.keys.push(performance.now()), true);
			let shown = null;
			new MutationObserver(() => {
				// The first result's title link: a new one each time results are rendered. Placeholders shown while
				// a result loads have none.
				const first = document.querySelector(`${result} ${link}`);
				if (!first || first === shown) return;
				shown = first;
				// Results of part of the query can show first; the summary names the search shown, as
				// "N results for …" once it has answered.
				const whole = document.querySelector(summary)?.textContent?.includes(`results for ${query}`);
				// The frame after the one that renders the results: they have been painted by then.
				requestAnimationFrame(() => requestAnimationFrame(() => (whole ? timing.whole : timing.painted).push(performance.now())));
			}).observe(document.body, { childList: true, subtree: true });
		},
		{ query: QUERY, summary: dialog.summary, result: dialog.result, link: dialog.link },
	);
	await page.keyboard.type(QUERY, { delay: 100 });
	await page.waitForFunction(() => window.benchTiming.whole.length > 0);
	const { keys, painted, whole } = await page.evaluate(() => window.benchTiming);
	const sizes = await Promise.all(fetched);
	await context.close();
	return {
		fromFirstKey: Math.round(Math.min(...painted, ...whole) - keys[0]),
		fromLastKey: Math.round(whole[0] - keys.at(-1)),
		bytes: sizes.reduce((total, size) => total + size, 0),
	};
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};

/** Serves a built site from `root`, the same plain way for both sites; resolves with a function that stops it. */
function serve(root, port) {
	const server = createServer((request, response) => {
		let file = join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(root + sep) || !existsSync(file)) return response.writeHead(404).end();
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	return new Promise((done) => server.listen(port, () => done(() => new Promise((closed) => server.close(closed)))));
}

/** Builds lean Starlight from the same corpus with the shared script; returns its output and its line of figures. */
function buildStarlight(n) {
	mkdirSync(STARLIGHT_DIR, { recursive: true });
	const result = spawnSync(STARLIGHT_BUILD, [String(n), '--lean', STARLIGHT_DIR], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${STARLIGHT_BUILD} failed:\n${result.stdout}${result.stderr}`);
	return {
		dist: join(STARLIGHT_DIR, 'dist'),
		docs: join(STARLIGHT_DIR, 'src', 'content', 'docs'),
		summary: result.stdout.trim().split('\n').at(-1),
	};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `${Math.min(...values)}–${Math.max(...values)}`;
const mean = (values) => values.reduce((total, value) => total + value, 0) / values.length;

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
mkdirSync(WORK, { recursive: true });
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const rows = [];
for (const n of sizes.length ? sizes : [1000, 5000]) {
	const contentDir = join(WORK, `content-${n}`);
	const outDir = join(WORK, `dist-${n}`);
	console.log(`\nN = ${n}: generating ${extension} pages on ${baseContent}/…`);
	makeContent(n, contentDir, extension);
	const pages = walk(join(contentDir, 'articles')).length + walk(join(contentDir, 'roles')).length;
	console.log(`N = ${n}: building ${pages} article and role pages…`);
	const { seconds, peakMb } = build(contentDir, outDir);
	const files = walk(outDir);
	const distMb = files.reduce((total, file) => total + statSync(file).size, 0) / 2 ** 20;
	const starlight =
		withStarlight && n > 0 ? (console.log(`N = ${n}: building lean Starlight in ${STARLIGHT_DIR}…`), buildStarlight(n)) : undefined;
	const stops = [await serve(resolve(outDir), PORT), ...(starlight ? [await serve(starlight.dist, STARLIGHT_PORT)] : [])];
	const browser = await chromium.launch(
		systemChromium
			? {
					executablePath: systemChromium,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
					],
				}
			: {},
	);
	try {
		const first = n
			? readdirSync(join(contentDir, 'articles', 'bench'))
					.sort()[0]
					.replace(/\.mdx?$/, '')
			: 'p3o-model';
		const ours = `http://localhost:${PORT}/articles/${n ? `bench/${first}` : first}/`;
		// The same synthetic page in Starlight, which keeps the generator's category folders.
		const category = starlight && readdirSync(starlight.docs).find((folder) => existsSync(join(starlight.docs, folder, `${first}.md`)));
		const theirs = starlight && `http://localhost:${STARLIGHT_PORT}/${category}/${first}/`;
		const article = await measurePage(browser, ours);
		const real = samePages ? undefined : await measurePage(browser, `http://localhost:${PORT}/articles/p3o-model/`);
		const search = { ours: [], theirs: [] };
		for (let round = 0; round < ROUNDS; round++) {
			search.ours.push(await firstSearch(browser, ours));
			if (theirs) search.theirs.push(await firstSearch(browser, theirs));
		}
		const dialog = { ours: [], theirs: [] };
		for (let round = 0; round < ROUNDS; round++) {
			dialog.ours.push(await dialogSearch(browser, ours, DIALOGS.ours));
			if (theirs) dialog.theirs.push(await dialogSearch(browser, theirs, DIALOGS.starlight));
		}
		// Bytes only, each from a cold browser cache, as above.
		const queries = [];
		for (const query of manyQueries && n > 0 ? corpusQueries(join(contentDir, 'articles', 'bench')) : []) {
			const ourBytes = (await firstSearch(browser, ours, query)).bytes;
			queries.push({ query, ours: ourBytes, theirs: theirs ? (await firstSearch(browser, theirs, query)).bytes : undefined });
		}
		const row = {
			n,
			pages,
			seconds,
			peakMb,
			msPerPage: (seconds * 1000) / pages,
			distMb,
			files: files.length,
			article,
			real,
			search,
			dialog,
			queries,
			starlight: starlight?.summary,
		};
		rows.push(row);
		const ms = (list) => list.map((item) => item.ms);
		console.log(
			[
				`N = ${n} (${pages} pages): build ${seconds.toFixed(1)} s, ${((seconds * 1000) / pages).toFixed(1)} ms/page, peak ${peakMb} MB`,
				`  dist: ${distMb.toFixed(1)} MB in ${files.length} files`,
				`  synthetic article: HTML ${kb(article.htmlRaw)} KB raw / ${kb(article.html)} KB gz; page ${kb(article.total)} KB gz in ${article.requests} requests (CSS ${kb(article.css)} KB, JS ${kb(article.js)} KB)`,
				...(real
					? [
							`  real article (p3o-model): HTML ${kb(real.htmlRaw)} KB raw / ${kb(real.html)} KB gz; page ${kb(real.total)} KB gz in ${real.requests} requests (JS ${kb(real.js)} KB)`,
						]
					: []),
				`  first search "${QUERY}" through the API, this site: ${kb(search.ours[0].bytes)} KB gz in ${search.ours[0].requests} requests; ${ms(search.ours).join(', ')} ms`,
				...(starlight
					? [
							`  first search "${QUERY}" through the API, lean Starlight: ${kb(search.theirs[0].bytes)} KB gz in ${search.theirs[0].requests} requests; ${ms(search.theirs).join(', ')} ms`,
							`  ${starlight.summary}`,
						]
					: []),
				`  dialog, engine loaded on pointing at the button: first result painted ${dialog.ours.map((d) => d.fromLastKey).join(', ')} ms after the last keypress (${dialog.ours.map((d) => d.fromFirstKey).join(', ')} ms after the first); ${kb(dialog.ours[0].bytes)} KB gz fetched from pointing at the button to the first results`,
				...(starlight
					? [
							`  lean Starlight's dialog, engine loaded on opening it: first result painted ${dialog.theirs.map((d) => d.fromLastKey).join(', ')} ms after the last keypress; ${kb(dialog.theirs[0].bytes)} KB gz fetched from opening it to the first results`,
						]
					: []),
			].join('\n'),
		);
	} finally {
		await browser.close();
		for (const stop of stops) await stop();
	}
}

console.log(
	`\n| N | pages | build (s) | ms/page | peak MB | dist MB / files | article HTML raw / gz KB | page gz KB (requests) | JS gz KB |`,
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
	const { article: a } = row;
	console.log(
		`| ${row.n} | ${row.pages} | ${row.seconds.toFixed(1)} | ${row.msPerPage.toFixed(1)} | ${row.peakMb} | ${row.distMb.toFixed(0)} / ${row.files} | ${kb(a.htmlRaw)} / ${kb(a.html)} | ${kb(a.total)} (${a.requests}) | ${kb(a.js)} |`,
	);
}
console.log(
	`\nFirst search "${QUERY}" (API: article loaded, import pagefind.js, search, first five results' data), ${ROUNDS} alternating rounds, median (range):\n`,
);
console.log(
	'| N | this site KB gz | this site ms | lean Starlight KB gz | lean Starlight ms | time ratio | dialog, last keypress to first result painted: this site, ms | lean Starlight, ms |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const { n, search, dialog } of rows) {
	const [ours, theirs] = [search.ours.map((s) => s.ms), search.theirs.map((s) => s.ms)];
	const [ourDialog, theirDialog] = [dialog.ours, dialog.theirs].map((list) => list.map((d) => d.fromLastKey));
	console.log(
		theirs.length
			? `| ${n} | ${kb(search.ours[0].bytes)} | ${median(ours)} (${range(ours)}) | ${kb(search.theirs[0].bytes)} | ${median(theirs)} (${range(theirs)}) | ${(median(ours) / median(theirs)).toFixed(2)} | ${median(ourDialog)} (${range(ourDialog)}) | ${median(theirDialog)} (${range(theirDialog)}) |`
			: `| ${n} | ${kb(search.ours[0].bytes)} | ${median(ours)} (${range(ours)}) | – | – | – | ${median(ourDialog)} (${range(ourDialog)}) | – |`,
	);
}

const withQueries = rows.filter((row) => row.queries.length);
if (withQueries.length) {
	console.log(`\nFirst search for each of ${withQueries[0].queries.length} words of the corpus, bytes gz (API, as above, one round):\n`);
	console.log('| N | this site, mean KB | lean Starlight, mean KB | this site ÷ Starlight, per query: median (range) |');
	console.log('|---|---|---|---|');
	for (const { n, queries } of withQueries) {
		const ratios = queries.filter((q) => q.theirs).map((q) => q.ours / q.theirs);
		console.log(
			ratios.length
				? `| ${n} | ${kb(mean(queries.map((q) => q.ours)))} | ${kb(mean(queries.map((q) => q.theirs)))} | ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}) |`
				: `| ${n} | ${kb(mean(queries.map((q) => q.ours)))} | – | – |`,
		);
	}
	console.log(`\nWords: ${withQueries.map(({ n, queries }) => `N = ${n}: ${queries.map((q) => q.query).join(', ')}`).join('; ')}`);
}
