/** Serialises structured data for a `<script type="application/ld+json">`, escaping `<` so no text can end the element. */
export function jsonLd(data: object): string {
	return JSON.stringify({ '@context': 'https://schema.org', ...data }).replaceAll('<', '\\u003c');
}

/** A schema.org BreadcrumbList for a trail of absolute URLs. */
export function breadcrumbList(trail: ReadonlyArray<{ name: string; url: string }>) {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
	};
}
