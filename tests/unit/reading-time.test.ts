import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('countWords', () => {
	test('counts runs with a letter or digit, not punctuation on its own', () => {
		expect(countWords('The SRO – and the PMO’s analyst – reviews it in Q3, 2024.')).toBe(11);
		expect(countWords('  \n | --- | ')).toBe(0);
		expect(countWords('')).toBe(0);
	});
});

describe('readingMinutes', () => {
	test('reads 200 words a minute, and is at least one minute', () => {
		expect(readingMinutes(1000)).toBe(5);
		expect(readingMinutes(299)).toBe(1);
		expect(readingMinutes(0)).toBe(1);
	});
});
