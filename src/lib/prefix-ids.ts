/** Attributes whose value is one id, or a space-separated list of ids, of an element on the same page. */
const ID_ATTRIBUTES = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers'];

/**
 * Rewrites the ids in a piece of rendered HTML, and every reference to them (in-page links and the attributes
 * above), to start with `prefix`. Several pages can then share one document, such as a topic's print view, without
 * two elements having the same id or a link leading into the wrong page's section. Astro writes every attribute
 * value in double quotes, which is what this expects.
 */
export function prefixIds(html: string, prefix: string): string {
	const attributes = new RegExp(`(\\s(?:${ID_ATTRIBUTES.join('|')})=")([^"]*)"`, 'g');
	return html
		.replace(
			attributes,
			(_, start: string, ids: string) =>
				`${start}${ids
					.split(/\s+/)
					.filter(Boolean)
					.map((id) => `${prefix}${id}`)
					.join(' ')}"`,
		)
		.replace(/(\shref="#)([^"]+)"/g, (_, start: string, id: string) => `${start}${prefix}${id}"`);
}

/**
 * Starts the accessible name of every labelled <section> (such as a scrolling table's "Table 1", or "Sources") with
 * the page's: its `name` before an aria-label, the id of the element holding it before an aria-labelledby. The
 * sections of several pages in one document then keep names of their own.
 */
export function nameSections(html: string, page: { name: string; id: string }): string {
	return html.replace(
		/(<section\b[^>]*?\s)(aria-label|aria-labelledby)="([^"]*)"/g,
		(_, start: string, attribute: string, value: string) =>
			`${start}${attribute}="${attribute === 'aria-label' ? `${page.name}: ${value}` : `${page.id} ${value}`}"`,
	);
}
