// Benchmark: builds the site with N synthetic articles added to the real content and prints build time,
// memory, output size, article page weight and the cost of a first search query, measured in Chromium.
//   npm run bench                 N = 1,000 and 5,000
//   npm run bench -- 1000 10000   any sizes; 0 is the real knowledge base alone
// The synthetic corpus comes from ../shared/bench/gen-corpus.mjs (deterministic, seed 42).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parseFrontmatter } from 'astro/markdown';

const GENERATOR = resolve('../shared/bench/gen-corpus.mjs');
const WORK = resolve('.bench');
const PORT = 4400;
// Two first searches: words found on almost every synthetic page, the worst case for the index chunks it
// fetches, and a word only the real knowledge base uses, as a reader looking for one subject would type.
const COMMON_QUERY = 'benefits realisation';
const SPECIFIC_QUERY = 'Olympics';
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
const sizes = process.argv.slice(2).filter((arg) => /^\d+$/.test(arg)).map(Number);
if (!existsSync(GENERATOR)) {
	console.error(`The corpus generator is missing: ${GENERATOR}`);
	process.exit(1);
}

/** Writes the real content plus N synthetic articles, converted to this site's schema, into dir. */
function makeContent(n, dir, extension) {
	const raw = join(WORK, `raw-${n}`);
	rmSync(raw, { recursive: true, force: true });
	rmSync(dir, { recursive: true, force: true });
	cpSync('content', dir, { recursive: true });
	if (n === 0) return;
	run('node', [GENERATOR, raw, String(n), '--seed', '42', '--flavor', 'starlight']);
	const out = join(dir, 'articles', 'bench');
	mkdirSync(out, { recursive: true });
	for (const category of readdirSync(raw)) {
		for (const file of readdirSync(join(raw, category))) {
			const text = readFileSync(join(raw, category, file), 'utf8');
			const { frontmatter, content: body } = parseFrontmatter(text);
			const field = (name) => JSON.stringify(frontmatter[name] instanceof Date ? frontmatter[name].toISOString().slice(0, 10) : frontmatter[name]);
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
	return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

const gz = (buffer) => gzipSync(buffer, { level: 6 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Loads a page in Chromium, totals what it fetches, gzipped, by kind, then what a first search for `query` fetches. */
async function measurePage(browser, url, query) {
	const page = await browser.newPage();
	const fetched = [];
	page.on('response', async (response) => {
		const body = await response.body().catch(() => Buffer.alloc(0));
		fetched.push({ url: response.url(), type: response.request().resourceType(), raw: body.length, gz: gz(body) });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const before = [...fetched];
	const sum = (list, type) => list.filter((item) => !type || item.type === type).reduce((total, item) => total + item.gz, 0);
	const htmlRaw = before.find((item) => item.type === 'document')?.raw ?? 0;

	fetched.length = 0;
	const started = Date.now();
	await page.keyboard.press('Control+k');
	await page.locator('pagefind-modal input').fill(query);
	await page.locator('pagefind-modal .pf-result-link').first().waitFor();
	const uiMs = Date.now() - started;
	await page.waitForLoadState('networkidle');
	const search = [...fetched];
	const apiMs = await page.evaluate(async ({ bundle, query }) => {
		const pagefind = await import(`${bundle}pagefind.js?fresh=${Math.random()}`);
		const t0 = performance.now();
		const result = await pagefind.search(query);
		await result.results[0]?.data();
		return Math.round(performance.now() - t0);
	}, { bundle: new URL('/pagefind/', url).href, query });
	await page.close();
	return {
		htmlRaw,
		html: sum(before, 'document'),
		css: sum(before, 'stylesheet'),
		js: sum(before, 'script'),
		total: sum(before),
		requests: before.length,
		searchBytes: sum(search),
		searchRequests: search.length,
		uiMs,
		apiMs,
	};
}

async function serve(outDir) {
	const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--ignore-lock'], {
		env: { ...process.env, KB_OUT_DIR: relative('.', outDir), BASE_PATH: '/' },
		stdio: 'ignore',
		detached: true,
	});
	for (let attempt = 0; attempt < 100; attempt++) {
		const ok = await fetch(`http://localhost:${PORT}/`).then((r) => r.ok).catch(() => false);
		if (ok) return () => process.kill(-server.pid);
		await new Promise((done) => setTimeout(done, 200));
	}
	process.kill(-server.pid);
	throw new Error('The preview server did not start.');
}

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
mkdirSync(WORK, { recursive: true });
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const rows = [];
for (const n of sizes.length ? sizes : [1000, 5000]) {
	const contentDir = join(WORK, `content-${n}`);
	const outDir = join(WORK, `dist-${n}`);
	console.log(`\nN = ${n}: generating ${extension} pages…`);
	makeContent(n, contentDir, extension);
	const pages = walk(join(contentDir, 'articles')).length + walk(join(contentDir, 'roles')).length;
	console.log(`N = ${n}: building ${pages} article and role pages…`);
	const { seconds, peakMb } = build(contentDir, outDir);
	const files = walk(outDir);
	const distMb = files.reduce((total, file) => total + statSync(file).size, 0) / 2 ** 20;
	const stop = await serve(outDir);
	const browser = await chromium.launch(systemChromium ? { executablePath: systemChromium, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] } : {});
	try {
		const synthetic = n ? `bench/${readdirSync(join(contentDir, 'articles', 'bench')).sort()[0].replace(/\.mdx?$/, '')}` : 'p3o-model';
		const article = await measurePage(browser, `http://localhost:${PORT}/articles/${synthetic}/`, COMMON_QUERY);
		const real = await measurePage(browser, `http://localhost:${PORT}/articles/p3o-model/`, SPECIFIC_QUERY);
		rows.push({ n, pages, seconds, peakMb, msPerPage: (seconds * 1000) / pages, distMb, files: files.length, article, real });
		console.log(
			[
				`N = ${n} (${pages} pages): build ${seconds.toFixed(1)} s, ${((seconds * 1000) / pages).toFixed(1)} ms/page, peak ${peakMb} MB`,
				`  dist: ${distMb.toFixed(1)} MB in ${files.length} files`,
				`  synthetic article: HTML ${kb(article.htmlRaw)} KB raw / ${kb(article.html)} KB gz; page ${kb(article.total)} KB gz in ${article.requests} requests (CSS ${kb(article.css)} KB, JS ${kb(article.js)} KB)`,
				`  real article (p3o-model): HTML ${kb(real.htmlRaw)} KB raw / ${kb(real.html)} KB gz; page ${kb(real.total)} KB gz in ${real.requests} requests (JS ${kb(real.js)} KB)`,
				`  first query "${COMMON_QUERY}": ${kb(article.searchBytes)} KB gz in ${article.searchRequests} requests; first result after ${article.uiMs} ms in the dialog (includes its 300 ms debounce), ${article.apiMs} ms through the Pagefind API`,
				`  first query "${SPECIFIC_QUERY}": ${kb(real.searchBytes)} KB gz in ${real.searchRequests} requests; first result after ${real.uiMs} ms in the dialog, ${real.apiMs} ms through the Pagefind API`,
			].join('\n'),
		);
	} finally {
		await browser.close();
		stop();
	}
}

console.log(`\n| N | pages | build (s) | ms/page | peak MB | dist MB / files | article HTML raw / gz KB | page gz KB (requests) | JS gz KB | first query "${COMMON_QUERY}" gz KB (requests) | first result ms (dialog / API) | first query "${SPECIFIC_QUERY}" gz KB (requests) |`);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
	const { article: a, real: r } = row;
	console.log(
		`| ${row.n} | ${row.pages} | ${row.seconds.toFixed(1)} | ${row.msPerPage.toFixed(1)} | ${row.peakMb} | ${row.distMb.toFixed(0)} / ${row.files} | ${kb(a.htmlRaw)} / ${kb(a.html)} | ${kb(a.total)} (${a.requests}) | ${kb(a.js)} | ${kb(a.searchBytes)} (${a.searchRequests}) | ${a.uiMs} / ${a.apiMs} | ${kb(r.searchBytes)} (${r.searchRequests}) |`,
	);
}
