// Runs before the page paints, as a file rather than inline so that a strict Content-Security-Policy allows it:
// applies the reader's saved theme, so that the page never flashes in the wrong one.
(function () {
	try {
		var theme = localStorage.getItem('pmo-kb-theme');
		if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
	} catch {
		// Storage can be blocked; the system theme applies then.
	}
})();
