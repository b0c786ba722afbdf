// Narrows the comparison table to the two roles the reader picks, and keeps the pick in the URL (?a=…&b=…).
const form = document.querySelector<HTMLFormElement>('[data-role-picker]');
const selects = form ? [...form.querySelectorAll('select')] : [];

function show(): void {
	const chosen = new Set(selects.map((select) => select.value));
	for (const cell of document.querySelectorAll<HTMLElement>('.role-compare [data-role]')) {
		cell.hidden = !chosen.has(cell.dataset.role ?? '');
	}
}

if (form && selects.length === 2) {
	const params = new URLSearchParams(location.search);
	for (const select of selects) {
		const wanted = params.get(select.name);
		if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
	}
	form.hidden = false;
	show();
	form.addEventListener('change', () => {
		show();
		const query = new URLSearchParams(selects.map((select) => [select.name, select.value]));
		history.replaceState(null, '', `?${query}`);
	});
	form.addEventListener('submit', (event) => event.preventDefault());
}
