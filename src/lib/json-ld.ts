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

/** A schema.org Article for a page of the knowledge base. */
export function article(page: {
	title: string;
	description: string;
	url: string;
	updated: Date | undefined;
	publisher: string;
	sources: ReadonlyArray<{ title: string; publisher: string; url?: string | undefined }>;
}) {
	return {
		'@type': 'Article',
		headline: page.title,
		description: page.description,
		url: page.url,
		mainEntityOfPage: page.url,
		...(page.updated && { dateModified: page.updated.toISOString().slice(0, 10) }),
		publisher: { '@type': 'Organization', name: page.publisher },
		citation: page.sources.map((source) => ({
			'@type': 'CreativeWork',
			name: source.title,
			publisher: { '@type': 'Organization', name: source.publisher },
			...(source.url && { url: source.url }),
		})),
	};
}

interface Term {
	name: string;
	/** Left out where the page shows the definition in full and the term's own page carries it. */
	description?: string | undefined;
	url: string;
	/** The abbreviation, if the term has one. */
	code?: string | undefined;
}

/** A schema.org DefinedTerm that belongs to the glossary at `setUrl`. */
export function definedTerm(term: Term, setUrl: string) {
	return {
		'@type': 'DefinedTerm',
		name: term.name,
		...(term.description && { description: term.description }),
		url: term.url,
		inDefinedTermSet: setUrl,
		...(term.code && { termCode: term.code }),
	};
}

/** A schema.org DefinedTermSet: the glossary, with each term's own URL. */
export function definedTermSet(set: { name: string; url: string; terms: readonly Term[] }) {
	return {
		'@type': 'DefinedTermSet',
		name: set.name,
		url: set.url,
		hasDefinedTerm: set.terms.map((term) => definedTerm(term, set.url)),
	};
}
