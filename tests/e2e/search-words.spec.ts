import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { basePath, outDirFor, rootBuildOnly } from './support';

/**
 * What a reader sees on an indexed page but Pagefind does not index, by CSS selector, each with the reason.
 * Navigation, page metadata and tags are left out of the index on purpose (data-pagefind-ignore) and are
 * removed with it.
 */
const NOT_INDEXED: Record<string, string> = {
	'[data-pagefind-ignore]': 'left out of the index on purpose: navigation, page metadata, tags',
	'script, style, noscript, template': 'not text a reader sees',
	svg: 'Pagefind skips SVG; the diagrams are drawings of what the prose around them says',
};

/** The address of every built page that Pagefind indexes (those with a data-pagefind-body element). */
function indexedPages(outDir: string, base: string): string[] {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html') && readFileSync(join(outDir, file), 'utf8').includes('data-pagefind-body'))
		.map((file) => `${base}${file.slice(0, -'index.html'.length)}`)
		.sort();
}

test('every word of four or more letters on an indexed page is found on that page, and no indexed word is two run together', async ({
	page,
	baseURL,
}) => {
	rootBuildOnly(baseURL);
	const paths = indexedPages(outDirFor(baseURL), basePath(baseURL));
	expect(paths.length).toBeGreaterThan(100);
	await page.goto('./');
	// All in the one page: each indexed page's text as the browser lays it out, then Pagefind's own API.
	const problems = await page.evaluate(
		async ({ paths, notIndexed }) => {
			// A word is a run of letters; Pagefind reads "O’Rourke" and "office's" as one word each, without the apostrophe.
			const wordsOf = (text: string) =>
				((text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) as string[]).map((word) => word.replace(/['’]/g, ''));
			const visible = new Map<string, Set<string>>();
			for (const path of paths) {
				const html = await (await fetch(path)).text();
				const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]')!;
				for (const skipped of body.querySelectorAll(notIndexed)) skipped.remove();
				// Closed <details> are indexed, and a reader opens them to read them.
				for (const details of body.querySelectorAll('details')) details.open = true;
				const host = document.body.appendChild(document.createElement('div'));
				host.append(document.adoptNode(body));
				visible.set(path, new Set(wordsOf(host.innerText)));
				host.remove();
			}

			const bundle = document.querySelector('pagefind-config')!.getAttribute('bundle-path')!;
			const pagefind = await import(`${bundle}pagefind.js`);
			const types = Object.keys((await pagefind.filters()).type);
			const everyPage = await pagefind.search(null, { filters: { type: { any: types } } });
			const indexed = new Map<string, { id: string; content: string; excerpt: string }>();
			for (const result of everyPage.results) {
				const data = await result.data();
				indexed.set(data.url, { id: result.id, content: data.content, excerpt: data.excerpt.replace(/<\/?mark>/g, '') });
			}

			const problems: string[] = [];
			const pagesOfWord = new Map<string, Set<string>>();
			for (const words of visible.values()) for (const word of words) if (word.length >= 4) pagesOfWord.set(word, new Set());
			for (const [word, pages] of pagesOfWord) for (const result of (await pagefind.search(word)).results) pages.add(result.id);
			for (const [path, words] of visible) {
				const entry = indexed.get(path);
				if (!entry) {
					problems.push(`${path}: not in the index`);
					continue;
				}
				for (const word of words)
					if (pagesOfWord.get(word)?.has(entry.id) === false) problems.push(`${path}: "${word}" is not found on the page`);
				// Excerpts are cut from the indexed content, so a word of either that the page does not show is
				// two of its words run together.
				for (const word of new Set([...wordsOf(entry.content), ...wordsOf(entry.excerpt)])) {
					if (!words.has(word)) problems.push(`${path}: the index has "${word}", which is not a word on the page`);
				}
			}
			return problems;
		},
		{ paths, notIndexed: Object.keys(NOT_INDEXED).join(', ') },
	);
	expect(problems).toEqual([]);
});
