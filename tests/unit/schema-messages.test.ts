import { describe, expect, test } from 'vitest';
import { fieldLine, listItemLine, repeatedKey, schemaIssueLines, yamlSyntaxLine } from '../../src/lib/schema-messages';

const page = [
	'---',
	'title: "A page"',
	'topic: Structures',
	'sources:',
	'  - title: "Report"',
	'    publisher: ""',
	'notes: x',
	'---',
	'',
	'Body: text.',
].join('\n');
const source = { file: 'content/articles/a.mdx', text: page, start: 1 };

describe('fieldLine and listItemLine', () => {
	test('find the line of a field, nested fields after their parent', () => {
		expect(fieldLine(page, ['topic'])).toBe(3);
		expect(fieldLine(page, ['sources', 0, 'publisher'])).toBe(6);
		expect(fieldLine(page, ['missing'])).toBeUndefined();
	});

	test('find an item of a YAML list by its id, and fields from there on', () => {
		const list = '- id: a\n  term: "A"\n\n- id: b\n  term: ""\n';
		expect(listItemLine(list, 'b')).toBe(4);
		expect(fieldLine(list, ['term'], listItemLine(list, 'b'))).toBe(5);
	});
});

describe('schemaIssueLines', () => {
	test('gives the file, line, field, what was found and what is expected', () => {
		const data = { title: 'A page', topic: 'Structures', sources: [{ title: 'Report', publisher: '' }], notes: 'x' };
		expect(
			schemaIssueLines(
				{ code: 'invalid_value', path: ['topic'], message: 'Invalid option: expected one of "structures"|"roles"' },
				data,
				source,
			),
		).toEqual(['content/articles/a.mdx:3: topic: found "Structures"; expected one of "structures"|"roles".']);
		expect(
			schemaIssueLines(
				{ code: 'invalid_type', path: ['description'], message: 'Invalid input: expected string, received undefined' },
				data,
				source,
			),
		).toEqual(['content/articles/a.mdx:1: description: missing; expected string.']);
		expect(
			schemaIssueLines(
				{ code: 'invalid_format', path: ['sources', 0, 'publisher'], message: 'expected text, not only white space.' },
				data,
				source,
			),
		).toEqual(['content/articles/a.mdx:6: sources.0.publisher: found ""; expected text, not only white space.']);
		expect(
			schemaIssueLines({ code: 'unrecognized_keys', path: [], keys: ['notes'], message: 'Unrecognized key: "notes"' }, data, source),
		).toEqual([
			'content/articles/a.mdx:7: notes: found a field the schema does not have; expected only the fields src/schemas/ lists (check the spelling and the case).',
		]);
	});
});

describe('YAML syntax lines', () => {
	test('name a repeated field with the line of its second appearance', () => {
		expect(repeatedKey('title: a\ntopic: b\ntitle: c\n')).toEqual({ key: 'title', line: 3 });
		expect(yamlSyntaxLine('a.mdx', '---\ntitle: a\ntitle: c\n', 'duplicated mapping key', 3)).toBe(
			'a.mdx:3: title: found the field a second time; expected each field once.',
		);
	});

	test('show the line where the parser stopped, and what valid YAML needs', () => {
		expect(yamlSyntaxLine('a.mdx', '---\ntags: [a\ntopic: b\n', 'missed comma between flow collection entries', 3)).toBe(
			'a.mdx:3: the frontmatter is not valid YAML (missed comma between flow collection entries) at or just before "topic: b"; expected "field: value" lines with quotes and brackets closed, indented with spaces.',
		);
		expect(yamlSyntaxLine('content/toolkits/t.yaml', 'title: "T\npractice: p\n', 'unexpected end of the stream', 2)).toMatch(
			/^content\/toolkits\/t\.yaml:2: the file is not valid YAML \(unexpected end of the stream\) at or just before "practice: p"/,
		);
	});
});
