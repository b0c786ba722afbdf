// Marks the table-of-contents entry of the section being read, as the reader scrolls.
const links = new Map<string, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')) {
	links.set(decodeURIComponent(link.hash.slice(1)), link);
}
const headings = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);

function markCurrent(): void {
	// The current section is the last one whose heading has scrolled past the top quarter of the window.
	const line = window.innerHeight / 4;
	const current = headings.filter((heading) => heading.getBoundingClientRect().top <= line).at(-1) ?? headings[0];
	for (const [id, link] of links) {
		if (id === current?.id) link.setAttribute('aria-current', 'true');
		else link.removeAttribute('aria-current');
	}
}

if (headings.length) {
	let queued = false;
	addEventListener(
		'scroll',
		() => {
			if (queued) return;
			queued = true;
			requestAnimationFrame(() => {
				queued = false;
				markCurrent();
			});
		},
		{ passive: true },
	);
	markCurrent();
}
