/** Quotes one CSV field as RFC 4180 requires: fields with commas, quotes or line breaks go in double quotes. */
export function csvField(value: string | number | undefined): string {
	const text = value === undefined ? '' : String(value);
	// A leading = + - @ makes spreadsheets run the cell as a formula; a leading apostrophe keeps it text.
	const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Builds a CSV document (CRLF line ends) with a header row of labels and one row per record. */
export function toCsv(
	columns: ReadonlyArray<{ key: string; label: string }>,
	rows: ReadonlyArray<Readonly<Record<string, string | number>>>,
): string {
	const lines = [columns.map((column) => csvField(column.label))];
	for (const row of rows) lines.push(columns.map((column) => csvField(row[column.key])));
	return `${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
