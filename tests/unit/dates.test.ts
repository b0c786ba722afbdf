import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import { calendarDay, dayProblem, isoDate, latestToday, longDate, writtenDays } from '../../src/lib/dates';

describe('dates', () => {
	test('format a date as ISO and as a long British date, in UTC', () => {
		const date = new Date('2026-11-21T23:30:00Z');
		expect(isoDate(date)).toBe('2026-11-21');
		expect(longDate(date)).toBe('21 November 2026');
	});
});

describe('calendarDay', () => {
	test.for(['2024-02-29', '2026-01-15', '2000-02-29', '0999-12-31'])('reads %s as that day, midnight UTC', (text) => {
		expect(isoDate(calendarDay(text)!)).toBe(text);
	});

	test.for([
		'2024-13-45',
		'2024-02-30',
		'2023-02-29',
		'1900-02-29',
		'2024-00-10',
		'2024-04-31',
		'2024-1-5',
		'2024-01-15T00:00:00Z',
		' 2024-01-15',
		'15th of Jan',
		'',
	])('refuses %j instead of rolling it over', (text) => {
		expect(calendarDay(text)).toBeUndefined();
	});
});

describe('dayProblem', () => {
	const now = new Date('2026-06-10T12:00:00Z');

	test('accepts a real day up to today', () => {
		expect(dayProblem('2026-06-10', { now })).toBeUndefined();
		expect(dayProblem('2020-02-29', { now })).toBeUndefined();
	});

	test('names the value that is not a date, and how to write one', () => {
		expect(dayProblem('2024-02-30', { now })).toBe(
			'2024-02-30 is not a date: write a real calendar day as YYYY-MM-DD, for example 2026-01-15.',
		);
		expect(dayProblem('Jan 15', { now })).toMatch(/^"Jan 15" is not a date/);
	});

	test('refuses a day in the future unless allowed', () => {
		expect(dayProblem('2026-07-01', { now })).toBe('2026-07-01 is in the future: write a day no later than today (2026-06-10).');
		expect(dayProblem('2026-07-01', { now, future: true })).toBeUndefined();
	});

	test('counts as today the latest date anywhere on Earth, so no time zone sees its own today refused', () => {
		expect(latestToday(new Date('2026-06-10T09:59:00Z'))).toBe('2026-06-10');
		expect(latestToday(new Date('2026-06-10T10:00:00Z'))).toBe('2026-06-11');
		expect(dayProblem('2026-06-11', { now: new Date('2026-06-10T11:00:00Z') })).toBeUndefined();
	});
});

describe('writtenDays', () => {
	test('puts back the text of each date YAML rolled over, and leaves everything else as parsed', () => {
		const source = 'title: A page\nupdated: 2024-13-45\nreviewed: "2024-02-30"\norder: 3\n';
		const parsed = yaml.load(source) as Record<string, unknown>;
		expect(parsed.updated).toBeInstanceOf(Date);
		expect(writtenDays(parsed, source)).toEqual({ title: 'A page', updated: '2024-13-45', reviewed: '2024-02-30', order: 3 });
	});
});
