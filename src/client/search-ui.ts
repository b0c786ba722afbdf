// Loads Pagefind's Component UI when a reader shows they are about to search, so that pages ship only a few
// hundred bytes of search code to readers who never do.
import type { Instance, PagefindResultData } from '@pagefind/component-ui';
import { latestOnly } from '../lib/latest-only';

let loading: Promise<Instance> | undefined;

/** The part of Pagefind's search engine (pagefind.js) that this module touches. */
interface Engine {
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options?: object): Promise<unknown>;
}

/** Where the Pagefind bundle is served from, as the page's <pagefind-config> says. */
const bundlePath = () => document.querySelector('pagefind-config')?.getAttribute('bundle-path') ?? '/pagefind/';

/**
 * Loads the search components and their stylesheet once, and starts Pagefind's engine (its WebAssembly and
 * page list) loading; resolves with the shared Pagefind instance. Called on the first sign of intent, so
 * that the engine is ready by the time the reader has typed.
 */
export function loadSearchUi(): Promise<Instance> {
	const filtersShown = document.querySelector('pagefind-filter-pane') !== null;
	loading ??= Promise.all([
		import('./search-components'),
		loadStylesheet(),
		filtersShown
			? undefined
			: (import(/* @vite-ignore */ `${bundlePath()}pagefind.js`) as Promise<{ createInstance(options: object): Engine }>),
	]).then(([{ getInstanceManager }, , pagefind]) => {
		const instance = getInstanceManager().getInstance('default');
		if (pagefind) {
			// Only the search page shows filters. Elsewhere the engine is created here, so that it starts loading
			// now and answers "which filters are there?" with none: the Component UI would otherwise download every
			// filter list before the first result, for a dialog that shows none.
			const engine = pagefind.createInstance(instance.pagefindOptions);
			engine.filters = async () => ({});
			// A search the reader has typed past is skipped rather than run: the Component UI ignores a null answer.
			engine.search = latestOnly(engine.search.bind(engine));
			// The Component UI loads its own engine only when it has none (Instance.__load__ in 1.5.2).
			(instance as unknown as { __pagefind__: Engine }).__pagefind__ = engine;
		}
		useResultTemplate(document, instance);
		return instance;
	});
	return loading;
}

/** Renders the results lists inside `root` with the site's result template. */
export function useResultTemplate(root: ParentNode, instance: Instance): void {
	for (const results of root.querySelectorAll('pagefind-results')) {
		(results as HTMLElement & { resultTemplate: unknown }).resultTemplate = (result: PagefindResultData) => renderResult(result, instance);
	}
}

/**
 * The components' stylesheet comes from the Pagefind bundle at run time: imported through the build, it
 * would be linked from every page and block rendering for readers who never search.
 */
function loadStylesheet(): Promise<void> {
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = `${bundlePath()}pagefind-component-ui.css`;
	return new Promise((resolve) => {
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.append(link);
	});
}

/** One result: its content type, title, excerpt with the matched terms marked, and matching sections. */
function renderResult(result: PagefindResultData, instance: Instance): HTMLElement {
	const item = element('li', 'pf-result');
	const card = item.appendChild(element('div', 'pf-result-card'));
	const content = card.appendChild(element('div', 'pf-result-content'));
	// The type filter names the kind of page. Every indexed page has one: search-words.spec.ts lists them all by it.
	const type = result.filters?.['type']?.[0];
	if (type) content.appendChild(element('p', 'kb-result-type', type));
	const title = content.appendChild(element('p', 'pf-result-title'));
	const link = title.appendChild(element('a', 'pf-result-link', result.meta.title ?? result.url));
	link.href = result.url;
	// Pagefind builds excerpts from the indexed text, escaped, with <mark> around the matched terms.
	content.appendChild(element('p', 'pf-result-excerpt')).innerHTML = result.excerpt;
	const sections = instance.getDisplaySubResults(result, 3);
	if (sections.length) {
		const list = item.appendChild(element('ul', 'pf-heading-chips'));
		for (const section of sections) {
			const chip = list.appendChild(element('li', 'pf-heading-chip'));
			const sectionLink = chip.appendChild(element('a', 'pf-heading-link', section.title));
			sectionLink.href = section.url;
			chip.appendChild(element('p', 'pf-heading-excerpt')).innerHTML = section.excerpt;
		}
	}
	return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}
