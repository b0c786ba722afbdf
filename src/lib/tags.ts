/** A tag as readers see it: "benefits-realisation" → "benefits realisation". */
export function tagLabel(tag: string): string {
	return tag.replaceAll('-', ' ');
}
