import { describe, expect, test } from 'vitest';
import { schemaProblems } from '../../src/loaders/all-schema-errors';
import { invalidUtf8Line } from '../../src/lib/encoding';
import { entryId, idFromPath } from '../../src/lib/entry-id';
import { assertYamlList } from '../../src/loaders/yaml-list-loader';

describe('idFromPath', () => {
	test('slugifies each segment and drops the extension', () => {
		expect(idFromPath('Structures/P3O Model.mdx')).toBe('structures/p3o-model');
		expect(idFromPath('guides/index.mdx')).toBe('guides');
	});
});

describe('entryId', () => {
	test('prefers the frontmatter slug, else the path', () => {
		expect(entryId('Old Name.mdx', 'new-name')).toBe('new-name');
		expect(entryId('Old Name.mdx', undefined)).toBe('old-name');
	});
});

describe('assertYamlList', () => {
	test('accepts a list of entries with unique ids', () => {
		expect(() => assertYamlList('g.yaml', '- id: a\n- id: b\n')).not.toThrow();
	});

	test.for([
		['invalid YAML', '- id: a\n  term: "unclosed\n'],
		['expected a YAML list', 'id: a\n'],
		['entry 2 has no "id"', '- id: a\n- term: b\n'],
		['"a" is used twice', '- id: a\n- id: a\n'],
	])('names the file and the problem: %s', ([message, text]) => {
		expect(() => assertYamlList('content/g.yaml', text)).toThrow(`content/g.yaml: `);
		expect(() => assertYamlList('content/g.yaml', text)).toThrow(message);
	});
});

describe('invalidUtf8Line', () => {
	test('is undefined for UTF-8 text', () => {
		expect(invalidUtf8Line(Buffer.from('caf\u00e9\nok', 'utf8'))).toBeUndefined();
	});

	test('gives the line of the first Latin-1 byte', () => {
		expect(invalidUtf8Line(Buffer.from('one\ntwo\ncaf\u00e9', 'latin1'))).toBe(3);
	});
});

describe('schemaProblems', () => {
	test("gives one file-and-field line per issue of Astro's schema error, without its Markdown or the repeated field", () => {
		const error = Object.assign(
			new Error(
				'**articles → first** data does not match collection schema.\n\n  **title**: **title**: Required\n  **topic**: Invalid option\n',
			),
			{
				loc: { file: `${process.cwd()}/content/articles/first.mdx` },
			},
		);
		expect(schemaProblems(error, undefined)).toEqual([
			'content/articles/first.mdx: title: Required',
			'content/articles/first.mdx: topic: Invalid option',
		]);
	});

	test('falls back to the whole message, and to the file the loader was reading', () => {
		expect(schemaProblems(new Error('Something **odd** happened'), 'content/roles/r.mdx')).toEqual([
			'content/roles/r.mdx: Something odd happened',
		]);
	});
});
