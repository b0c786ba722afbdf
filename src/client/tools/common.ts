import { type AnswerGroup, type Answers, decodeAnswers, encodeAnswers } from '../../lib/tool-answers';

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

/**
 * Reads the answers of a form of radio buttons or checkboxes named `<group id>.<question index>`, valued by their
 * answer. An unticked checkbox answers 0; a question with no radio button chosen is unanswered.
 */
function readForm(form: HTMLFormElement, groups: readonly AnswerGroup[]): Answers {
	return Object.fromEntries(
		groups.map((group) => [
			group.id,
			Array.from({ length: group.questions }, (_, index) => {
				const inputs = [...form.querySelectorAll<HTMLInputElement>(`input[name="${group.id}.${index}"]`)];
				const chosen = inputs.find((input) => input.checked);
				if (chosen) return Number(chosen.value);
				return inputs[0]?.type === 'checkbox' ? 0 : undefined;
			}),
		]),
	);
}

/** Ticks the form's inputs to match the answers (from a shared link). */
function fillForm(form: HTMLFormElement, answers: Answers): void {
	for (const [id, values] of Object.entries(answers)) {
		values.forEach((value, index) => {
			for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${id}.${index}"]`))
				input.checked = value !== undefined && input.value === String(value);
		});
	}
}

/**
 * Wires a question form: answers from the link first (naming what could not be read), then on every change the
 * answers go into the address and `show` draws the result.
 */
export function runQuestionForm(
	form: HTMLFormElement,
	groups: readonly AnswerGroup[],
	problemsBox: HTMLElement,
	show: (answers: Answers) => void,
): void {
	const fromLink = decodeAnswers(new URLSearchParams(location.search), groups);
	fillForm(form, fromLink.answers);
	showMessages(problemsBox, fromLink.problems.length ? ['Some of the link could not be read and was left out:', ...fromLink.problems] : []);
	const update = () => {
		const answers = readForm(form, groups);
		// An unticked checkbox is an answer (no), but it need not take room in the link.
		const kept = Object.fromEntries(
			Object.entries(answers).map(([id, values]) => [id, values.map((value) => (value === 0 ? undefined : value))]),
		);
		saveState(encodeAnswers(kept));
		show(answers);
	};
	form.addEventListener('change', update);
	// The result follows every answer; the button takes a keyboard user to it.
	const button = form.querySelector<HTMLButtonElement>('[data-show-result]');
	if (button) button.hidden = false;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		document.getElementById('result')?.focus();
	});
	update();
}
