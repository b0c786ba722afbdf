// The theme switch: follows the system until the reader chooses, then remembers the choice.
const KEY = 'pmo-kb-theme';
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const systemDark = matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
	const chosen = document.documentElement.dataset.theme;
	return chosen ? chosen === 'dark' : systemDark.matches;
}

function render(): void {
	button?.setAttribute('aria-pressed', String(isDark()));
}

if (button) {
	button.hidden = false;
	render();
	systemDark.addEventListener('change', render);
	button.addEventListener('click', () => {
		const theme = isDark() ? 'light' : 'dark';
		document.documentElement.dataset.theme = theme;
		try {
			localStorage.setItem(KEY, theme);
		} catch {
			// The choice then lasts for this page only.
		}
		render();
	});
}
