// The link beside each heading also copies the section's address, and says so to screen readers.
const announcer = document.querySelector<HTMLElement>('#copy-status');

document.addEventListener('click', (event) => {
	const anchor = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.heading-anchor');
	if (!anchor || !navigator.clipboard) return;
	void navigator.clipboard.writeText(anchor.href).then(
		() => {
			if (announcer) announcer.textContent = 'Link to this section copied.';
		},
		() => undefined,
	);
});
