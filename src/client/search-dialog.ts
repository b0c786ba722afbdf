import type { Instance, PagefindInput, PagefindModal } from '@pagefind/component-ui';
import { writeSearchParams } from '../lib/search-params';
import { SEARCH_PAUSE_MS, searchPause } from '../lib/search-pause';
import { loadSearchUi, useResultTemplate } from './search-ui';

/**
 * The dialog lists this many of the best matches, and links to the search page for all of them. The Component
 * UI builds a placeholder for every match before it shows the first (1,032 at 1,000 pages, which held the
 * first result back by seconds), and a dialog is for a quick look.
 */
const DIALOG_RESULTS = 20;

const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
if (trigger) {
	trigger.setAttribute('role', 'button');
	trigger.setAttribute('aria-haspopup', 'dialog');
}

/** Opens the search dialog, or on the search page itself, moves to its search box. */
async function openSearch(): Promise<void> {
	const pageInput = document.querySelector<HTMLInputElement>('.search-page pagefind-input input');
	if (pageInput) {
		pageInput.focus();
		return;
	}
	const instance = await loadSearchUi();
	let modal = document.querySelector<PagefindModal>('pagefind-modal');
	if (!modal) {
		// Created on first use: on the search page, a second set of search components would share its results.
		modal = document.createElement('pagefind-modal') as PagefindModal;
		document.body.append(modal);
		modal.querySelector('pagefind-results')?.setAttribute('max-results', String(DIALOG_RESULTS));
		const input = modal.querySelector<PagefindInput>('pagefind-input');
		if (input) {
			input.debounce = SEARCH_PAUSE_MS;
			// Set before the input's own listener reads it, as the event passes the dialog on its way down.
			modal.addEventListener('input', () => (input.debounce = searchPause(input.inputEl?.value ?? '')), { capture: true });
		}
		useResultTemplate(modal, instance);
		addAllResultsLink(modal, instance);
		modal.addEventListener('keydown', keepFocusInside);
	}
	modal.open();
}

/**
 * A link to the search page with the same search, where every match is listed. It sits above the results,
 * where it stays put: below them, it moved each time a result further up finished loading and grew.
 */
function addAllResultsLink(modal: PagefindModal, instance: Instance): void {
	const link = document.createElement('a');
	link.className = 'kb-all-results';
	link.textContent = 'All results on the search page';
	link.hidden = true;
	modal.querySelector('pagefind-summary')?.after(link);
	instance.on('search', (term) => {
		const query = writeSearchParams({ term: String(term), filters: {} }).toString();
		link.href = `${trigger?.href ?? '/search/'}${query ? `?${query}` : ''}`;
		link.hidden = !String(term).trim();
	});
}

/** A modal dialog lets Tab leave for the browser's own controls; this wraps it round inside the dialog instead. */
function keepFocusInside(event: KeyboardEvent): void {
	if (event.key !== 'Tab') return;
	const dialog = (event.currentTarget as HTMLElement).querySelector('dialog');
	const focusable = [...(dialog?.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]:not([tabindex="-1"])') ?? [])].filter(
		(element) => element.offsetParent !== null,
	);
	const [first, last] = [focusable[0], focusable.at(-1)];
	if (event.shiftKey && document.activeElement === first) {
		event.preventDefault();
		last?.focus();
	} else if (!event.shiftKey && document.activeElement === last) {
		event.preventDefault();
		first?.focus();
	}
}

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

// Pointing at or tabbing to the search button is the first sign that a reader is about to search: the engine
// starts loading then, so that it is ready by the first keystroke.
for (const intent of ['pointerenter', 'focus']) trigger?.addEventListener(intent, () => void loadSearchUi(), { once: true });

trigger?.addEventListener('click', (event) => {
	if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
	event.preventDefault();
	void openSearch();
});

document.addEventListener('keydown', (event) => {
	const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
	const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
	if (!shortcut && !slash) return;
	if (document.querySelector('pagefind-modal dialog[open]')) return;
	event.preventDefault();
	void openSearch();
});
