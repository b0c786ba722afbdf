// The header's topic menu is a <details>, so it opens without JavaScript; this closes it on Escape, returning focus
// to its button, and when the reader clicks elsewhere on the page.
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');

if (menu) {
	menu.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !menu.open) return;
		menu.open = false;
		menu.querySelector('summary')?.focus();
	});
	document.addEventListener('click', (event) => {
		if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
	});
}
