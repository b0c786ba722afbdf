// Answers to a tool's questions, kept in the page's address so that a result can be shared and reloaded: one
// parameter per group of questions, `<group id>=<answer>,<answer>,…`, with an empty place for a question not yet
// answered. Nothing in a link is trusted.

/** One group of questions: its id in the link, how many questions it has, and the answers allowed. */
export interface AnswerGroup {
	id: string;
	questions: number;
	min: number;
	max: number;
}

export type Answers = Record<string, Array<number | undefined>>;

/** The answers as query parameters; groups with no answer at all are left out, to keep links short. */
export function encodeAnswers(answers: Answers): URLSearchParams {
	const params = new URLSearchParams();
	for (const [id, values] of Object.entries(answers)) {
		if (values.some((value) => value !== undefined)) params.set(id, values.map((value) => value ?? '').join(','));
	}
	return params;
}

/**
 * Reads answers from a link. Every group starts unanswered; a value that is not a whole number in range, a group
 * with the wrong number of answers and a parameter that is no group of the tool are left out and named.
 */
export function decodeAnswers(params: URLSearchParams, groups: readonly AnswerGroup[]): { answers: Answers; problems: string[] } {
	const answers: Answers = Object.fromEntries(groups.map((group) => [group.id, Array.from({ length: group.questions }, () => undefined)]));
	const problems: string[] = [];
	for (const [key, raw] of params) {
		const group = groups.find((candidate) => candidate.id === key);
		const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
		if (!group) {
			problems.push(`"${shown}" in the link is not one of this tool's questions.`);
			continue;
		}
		const values = raw.split(',');
		if (values.length !== group.questions) {
			problems.push(
				`"${shown}" in the link should have ${group.questions} answer${group.questions === 1 ? '' : 's'}, not ${values.length}.`,
			);
			continue;
		}
		values.forEach((text, index) => {
			if (text === '') return;
			const value = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
			if (value >= group.min && value <= group.max) answers[key]![index] = value;
			else problems.push(`Answer ${index + 1} of "${shown}" in the link must be a whole number from ${group.min} to ${group.max}.`);
		});
	}
	return { answers, problems };
}
