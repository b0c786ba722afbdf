import { describe, expect, test } from 'vitest';
import { holdsPlaceholder, placeholderLines, placeholderMessage } from '../../src/lib/placeholders';
import { articleTemplate, glossaryEntry, roleTemplate, toolkitTemplate } from '../../src/lib/scaffold/templates';

describe('placeholderLines', () => {
	test('gives the 1-based line and the trimmed text of each placeholder', () => {
		expect(placeholderLines('title: "A"\ndescription: "TODO: one sentence."\n\n  TODO: write this section.\n')).toEqual([
			{ line: 2, text: 'description: "TODO: one sentence."' },
			{ line: 4, text: 'TODO: write this section.' },
		]);
	});

	test('finds nothing in finished text, including a "todo" that is not the mark', () => {
		expect(placeholderLines('A to-do list, and the word TODO on its own.\n')).toEqual([]);
	});

	// Every field the scaffolder cannot fill in is a placeholder, so a scaffolded entry never passes as finished.
	const scaffolded = {
		article: [
			articleTemplate({ title: 'Stage gates', topic: 'practices', order: 1, updated: '2026-01-15' }),
			['description', 'sources', 'body'],
		],
		role: [
			roleTemplate({ title: 'Analyst', level: 2, tier: 'programme', updated: '2026-01-15' }),
			['description', 'purpose', 'responsibilities', 'skills', 'sources', 'body'],
		],
		glossary: [glossaryEntry({ id: 'stage-gate', term: 'Stage gate' }), ['definition']],
		toolkit: [toolkitTemplate({ title: 'Gate checklist', practice: 'benefits-realisation' }), ['description', 'columns', 'rows']],
	} as const;

	test.for(Object.entries(scaffolded))('finds every placeholder npm run new writes in a new %s', ([, [text]]) => {
		const found = placeholderLines(text);
		expect(found.length).toBeGreaterThan(0);
		expect(found.map((line) => line.line)).toEqual(text.split('\n').flatMap((line, index) => (/TODO/.test(line) ? [index + 1] : [])));
	});

	test('a role scaffold has a placeholder in the description, purpose, a responsibility, a skill, the sources and the body', () => {
		const text = scaffolded.role[0];
		for (const start of [
			'description:',
			'purpose:',
			'  - "TODO: a responsibility',
			'  - "TODO: a skill',
			'  - title: "TODO',
			'TODO: introduce',
		]) {
			expect(
				placeholderLines(text).some((line) => line.text.startsWith(start.trim())),
				start,
			).toBe(true);
		}
	});
});

describe('holdsPlaceholder', () => {
	test('looks into strings, lists and objects', () => {
		expect(holdsPlaceholder({ term: 'Stage gate', definition: 'TODO: define it.' })).toBe(true);
		expect(holdsPlaceholder({ sources: [{ title: 'TODO: a title' }] })).toBe(true);
		expect(holdsPlaceholder({ term: 'Stage gate', see_also: [], level: 2 })).toBe(false);
	});
});

describe('placeholderMessage', () => {
	test('names each file and line, what was found and what is expected', () => {
		expect(placeholderMessage([{ file: 'content/glossary.yaml', line: 12, text: 'definition: "TODO: define it."' }])).toBe(
			[
				'1 placeholder(s) left by npm run new would be published:',
				'  - content/glossary.yaml:12: found the placeholder definition: "TODO: define it."; expected the text it asks for.',
				'Write them, or set draft: true on the page to keep it out of the build; npm run dev still shows the page, marked unfinished.',
			].join('\n'),
		);
	});
});
