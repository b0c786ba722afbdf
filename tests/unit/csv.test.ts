import { describe, expect, test } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../src/lib/csv';

describe('csvField', () => {
	test('quotes commas, quotes and line breaks', () => {
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});

	test('defuses spreadsheet formulas but keeps negative numbers', () => {
		expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(csvField('-12.5')).toBe('-12.5');
		expect(csvField(-3)).toBe('-3');
	});
});

describe('toCsv', () => {
	test('writes a header of labels and rows in column order with CRLF line ends', () => {
		const columns = [
			{ key: 'a', label: 'Alpha' },
			{ key: 'b', label: 'Beta' },
		];
		expect(toCsv(columns, [{ b: 2, a: 'x' }, { a: 'y' }])).toBe('Alpha,Beta\r\nx,2\r\ny,\r\n');
	});
});

describe('parseCsv', () => {
	test('reads what toCsv writes, quoted commas, quotes and line breaks included, with the line each record starts on', () => {
		const text = toCsv(
			[
				{ key: 'a', label: 'Name' },
				{ key: 'b', label: 'Note' },
			],
			[
				{ a: 'x, y', b: 'say "hi"' },
				{ a: 'two\nlines', b: 3 },
			],
		);
		expect(parseCsv(`\uFEFF${text}`)).toEqual({
			records: [
				{ line: 1, cells: ['Name', 'Note'] },
				{ line: 2, cells: ['x, y', 'say "hi"'] },
				{ line: 3, cells: ['two\nlines', '3'] },
			],
		});
	});

	test('skips blank lines but counts them, and reads a last line without a line break', () => {
		expect(parseCsv('a,b\n\n1,2')).toEqual({
			records: [
				{ line: 1, cells: ['a', 'b'] },
				{ line: 3, cells: ['1', '2'] },
			],
		});
	});

	test('names the line of a quote that is never closed or that sits inside a field', () => {
		expect(parseCsv('a,b\n1,"open\n2,3')).toEqual({ error: 'Line 2: a quoted field is never closed.' });
		expect(parseCsv('a,b\n1,2\nx"y,3')).toEqual({ error: expect.stringMatching(/^Line 3: a quote inside an unquoted field/) });
		expect(parseCsv('a\n"done"later')).toEqual({ error: expect.stringMatching(/^Line 2: a closing quote must be followed/) });
	});
});
