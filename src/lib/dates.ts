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
