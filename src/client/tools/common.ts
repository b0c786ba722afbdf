// What every tool page's script does: read the content the page was built from, swap the printable form for the
// working tool, and keep the reader's answers in the address (nothing is sent anywhere).

/** The tool's starting data, from the page's JSON data block, and the tool's root element, now shown. */
export function startTool<T>(selector: string): { root: HTMLElement; data: T } | undefined {
	const root = document.querySelector<HTMLElement>(selector);
	const block = document.getElementById('tool-data');
	if (!root || !block) return undefined;
	for (const fallback of document.querySelectorAll<HTMLElement>('[data-tool-fallback]')) fallback.hidden = true;
	root.hidden = false;
	return { root, data: JSON.parse(block.textContent ?? 'null') as T };
}

/** Puts the answers in the address without adding a history entry per keystroke, and points share links at it. */
export function saveState(params: URLSearchParams): void {
	const query = params.toString();
	history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
	for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-share]')) link.href = location.href;
}

/** Shows messages, one a line, as text: nothing a reader typed or a link carried becomes markup. */
export function showMessages(element: HTMLElement, messages: readonly string[]): void {
	element.replaceChildren(...messages.map((message) => Object.assign(document.createElement('span'), { textContent: message })));
}

/** Creates an element with properties and children; text children are set as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> & { attrs?: Record<string, string> } = {},
	...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
	const { attrs = {}, ...rest } = props;
	const element = Object.assign(document.createElement(tag), rest);
	for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}
