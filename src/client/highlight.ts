// Marks the words a reader searched for when they arrive from a search result (…?highlight=term).
// Pagefind's highlighter is fetched only then, from the search bundle.
const HIGHLIGHT_PARAM = 'highlight';

const bundle = document.querySelector('pagefind-config')?.getAttribute('bundle-path');
if (bundle && new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	void import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`).then(({ default: PagefindHighlight }) => {
		// addStyles would inject an inline <style>, which a strict Content-Security-Policy blocks.
		new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, markContext: '[data-pagefind-body]', addStyles: false });
	});
}
