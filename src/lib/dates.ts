import yaml from 'js-yaml';

/** A date as YYYY-MM-DD, for `<time datetime>` and feeds. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

// One formatter for the whole build: toLocaleDateString() builds a new one on every call.
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as readers in the UK write it: 21 November 2026. */
export function longDate(date: Date): string {
	return long.format(date);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar day `text` names, as midnight UTC, when it is written YYYY-MM-DD and its year, month and day
 * come back unchanged; otherwise undefined. `new Date` alone would roll 2024-02-30 over into 1 March.
 */
export function calendarDay(text: string): Date | undefined {
	const parts = DAY.exec(text);
	if (!parts) return undefined;
	const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	date.setUTCFullYear(year); // Date.UTC reads years 0-99 as 1900-1999.
	return isoDate(date) === text ? date : undefined;
}

/**
 * Today's date where it is latest on Earth (UTC+14), as YYYY-MM-DD: a day an author anywhere could have written
 * today is never "in the future", whatever the time zone of the machine that builds.
 */
export function latestToday(now: Date): string {
	return isoDate(new Date(now.getTime() + 14 * 3_600_000));
}

/**
 * Why `text` is not an acceptable day for a page, or undefined when it is: it must be a real calendar day written
 * YYYY-MM-DD, and not after today unless `future` allows it.
 */
export function dayProblem(text: string, { now, future = false }: { now: Date; future?: boolean }): string | undefined {
	if (!calendarDay(text))
		return `${DAY.test(text) ? text : JSON.stringify(text)} is not a date: write a real calendar day as YYYY-MM-DD, for example 2026-01-15.`;
	if (!future && text > latestToday(now)) return `${text} is in the future: write a day no later than today (${isoDate(now)}).`;
	return undefined;
}

/**
 * `data`, parsed from the YAML `source`, with each top-level date put back as the text the author wrote. YAML reads
 * an unquoted 2024-13-45 as a date and rolls it over into 14 February 2025 before any schema sees it; the text is
 * what can be checked. Reading `source` again without YAML's date type gives that text.
 */
export function writtenDays(data: Record<string, unknown>, source: string): Record<string, unknown> {
	if (!Object.values(data).some((value) => value instanceof Date)) return data;
	const written = yaml.load(source, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
	return Object.fromEntries(
		Object.entries(data).map(([key, value]) => [key, value instanceof Date && typeof written[key] === 'string' ? written[key] : value]),
	);
}
