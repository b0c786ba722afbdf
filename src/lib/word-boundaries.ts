/**
 * Elements that sit inside a run of text without breaking it (HTML's phrasing content): `un<em>usual</em>`
 * is one word. Every other element starts or ends a block, a cell or a line, so its text is a word of its own.
 */
const INLINE = new Set(
	'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr'.split(' '),
);

/** A tag with its attributes (quoted values may hold `>`), or a script or style element, which is raw text. */
const TAG = /<(script|style)\b[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Puts a space before every tag that is not inline, so that text in adjacent blocks stays separate words.
 * The HTML compressor leaves no whitespace in `</summary><dl><dt>Benefit</dt><dd>The…`, and Pagefind does
 * not treat every block element as a word boundary, so it would index "meansBenefitThe" as one word.
 */
export function spaceBlockBoundaries(html: string): string {
	return html.replace(TAG, (tag, raw: string | undefined, name: string | undefined) =>
		raw || INLINE.has(name!.toLowerCase()) ? tag : ` ${tag}`,
	);
}
