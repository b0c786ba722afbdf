import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv';

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
		const columns = [{ key: 'a', label: 'Alpha' }, { key: 'b', label: 'Beta' }];
		expect(toCsv(columns, [{ b: 2, a: 'x' }, { a: 'y' }])).toBe('Alpha,Beta\r\nx,2\r\ny,\r\n');
	});
});
