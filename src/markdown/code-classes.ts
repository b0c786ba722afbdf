/** The part of a hast node this needs; Shiki brings its own copy of the hast types, so none is imported. */
interface HastNode {
	type: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/** The prefix of the CSS variables Astro's `css-variables` Shiki theme colours tokens with. */
const VARIABLE = /^var\(--astro-code-([\w-]+)\)$/;

/** Declarations the stylesheet already applies to every code block (`.astro-code`), so they need no class. */
const BLOCK_DECLARATIONS = new Set([
	'background-color:var(--astro-code-background)',
	'color:var(--astro-code-foreground)',
	'overflow-x:auto',
]);

/** Font styles the theme gives some tokens (Markdown emphasis, links), as classes. */
const FONT_CLASSES: Record<string, string> = {
	'font-style:italic': 'tok-italic',
	'font-weight:bold': 'tok-bold',
	'text-decoration:underline': 'tok-underline',
	'user-select:none': 'tok-unselectable',
};

/**
 * The classes that stand for one `style` attribute of Shiki's output. A declaration this does not know stops
 * the build rather than being dropped, because dropping it would lose colour without anyone noticing.
 */
export function classesForStyle(style: string): string[] {
	const classes: string[] = [];
	for (const raw of style.split(';')) {
		const declaration = raw.replace(/\s+/g, '');
		if (declaration === '' || BLOCK_DECLARATIONS.has(declaration)) continue;
		const [property, value = ''] = declaration.split(/:(.*)/s);
		const token = property === 'color' ? VARIABLE.exec(value)?.[1] : undefined;
		const known = token?.startsWith('token-') ? `tok-${token.slice('token-'.length)}` : FONT_CLASSES[declaration];
		if (!known)
			throw new Error(
				`Code highlighting produced the inline style "${raw.trim()}", which has no class in the stylesheet; the Content-Security-Policy would block it.`,
			);
		classes.push(known);
	}
	return classes;
}

function moveStylesToClasses(node: HastNode): void {
	const properties = node.properties;
	if (typeof properties?.style === 'string') {
		// Shiki writes classes under `class`, as a string; hast proper uses `className`, as a list.
		const key = 'class' in properties ? 'class' : 'className';
		const existing = properties[key];
		const classes = [
			...(Array.isArray(existing) ? existing : typeof existing === 'string' ? existing.split(' ') : []),
			...classesForStyle(properties.style),
		];
		delete properties.style;
		if (classes.length) properties[key] = key === 'class' ? classes.join(' ') : classes;
	}
	for (const child of node.children ?? []) moveStylesToClasses(child);
}

/**
 * A Shiki transformer that turns every inline style of a highlighted block into classes, styled in
 * src/styles/global.css for both themes: a strict Content-Security-Policy (style-src 'self') blocks style
 * attributes, which left code uncoloured. It runs on the finished tree (`root`), after Astro's own
 * transformer has added its styles to the `<pre>`.
 *
 * It also lifts Shiki's 500 ms limit per line: on a busy machine the first line of a language (while its
 * grammar compiles) could pass it, and Shiki then gave the rest of the line the previous token's colour, so
 * two builds of the same page differed.
 */
export function codeClasses() {
	return {
		name: 'pmo-kb:code-classes',
		preprocess(_code: string, options: { tokenizeTimeLimit?: number }) {
			options.tokenizeTimeLimit = 0;
		},
		root: moveStylesToClasses,
	};
}
