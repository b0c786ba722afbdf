// Loads Pagefind's Component UI on first use, so that pages ship only a few hundred bytes of search code
// until a reader asks to search.
import type { Instance, PagefindResultData } from '@pagefind/component-ui';

let loading: Promise<Instance> | undefined;

/** Loads the search components and their stylesheet once; resolves with the shared Pagefind instance. */
export function loadSearchUi(): Promise<Instance> {
	loading ??= Promise.all([import('./search-components'), loadStylesheet()]).then(([{ getInstanceManager }]) => {
		const instance = getInstanceManager().getInstance('default');
		useResultTemplate(document, instance);
		return instance;
	});
	return loading;
}

/** Renders the results lists inside `root` with the site's result template. */
export function useResultTemplate(root: ParentNode, instance: Instance): void {
	for (const results of root.querySelectorAll('pagefind-results')) {
		(results as HTMLElement & { resultTemplate: unknown }).resultTemplate = (result: PagefindResultData) =>
			renderResult(result, instance);
	}
}

/**
 * The components' stylesheet comes from the Pagefind bundle at run time: imported through the build, it
 * would be linked from every page and block rendering for readers who never search.
 */
function loadStylesheet(): Promise<void> {
	const bundle = document.querySelector('pagefind-config')?.getAttribute('bundle-path') ?? '/pagefind/';
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = `${bundle}pagefind-component-ui.css`;
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
	if (result.meta.type) content.appendChild(element('p', 'kb-result-type', result.meta.type));
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
