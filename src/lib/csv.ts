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

/** One record of a parsed CSV document, with the line it starts on (1-based), for error messages. */
export interface CsvRecord {
	line: number;
	cells: string[];
}

/**
 * Reads a CSV document as RFC 4180 describes it (quoted fields may hold commas, quotes and line breaks), with or
 * without a byte-order mark. Blank lines are skipped. A quote that is never closed, or a quote inside an unquoted
 * field, is an error naming the line, never a guess.
 */
export function parseCsv(text: string): { records: CsvRecord[] } | { error: string } {
	const records: CsvRecord[] = [];
	const source = text.replace(/^\uFEFF/, '');
	let cells: string[] = [];
	let cell = '';
	let line = 1;
	let start = 1;
	let quoted = false;
	let quoteLine = 0;
	let i = 0;
	const endRecord = () => {
		cells.push(cell);
		if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: start, cells });
		cells = [];
		cell = '';
	};
	while (i < source.length) {
		const char = source[i]!;
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				cell += '"';
				i += 2;
				continue;
			}
			if (char === '"') {
				quoted = false;
				const next = source[i + 1];
				if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
					return { error: `Line ${line}: a closing quote must be followed by a comma or the end of the line.` };
				}
			} else {
				if (char === '\n') line += 1;
				cell += char;
			}
			i += 1;
			continue;
		}
		if (char === '"') {
			if (cell !== '')
				return { error: `Line ${line}: a quote inside an unquoted field; put the whole field in quotes and double the quote.` };
			quoted = true;
			quoteLine = line;
		} else if (char === ',') {
			cells.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			endRecord();
			if (char === '\r' && source[i + 1] === '\n') i += 1;
			line += 1;
			start = line;
		} else {
			cell += char;
		}
		i += 1;
	}
	if (quoted) return { error: `Line ${quoteLine}: a quoted field is never closed.` };
	endRecord();
	return { records };
}
