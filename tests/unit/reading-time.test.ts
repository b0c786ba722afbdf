import { describe, expect, test } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time';

describe('readingMinutes', () => {
	test('counts words at 200 a minute, ignoring markup-only tokens', () => {
		expect(readingMinutes('word '.repeat(1000))).toBe(5);
		expect(readingMinutes('| --- | --- |\nword '.repeat(400))).toBe(2);
	});

	test('is at least one minute', () => {
		expect(readingMinutes('')).toBe(1);
	});
});
