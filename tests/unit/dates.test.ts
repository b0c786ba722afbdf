import { describe, expect, test } from 'vitest';
import { isoDate, longDate } from '../../src/lib/dates';

describe('dates', () => {
	test('format a date as ISO and as a long British date, in UTC', () => {
		const date = new Date('2026-11-21T23:30:00Z');
		expect(isoDate(date)).toBe('2026-11-21');
		expect(longDate(date)).toBe('21 November 2026');
	});
});
