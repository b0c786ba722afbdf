import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a node is, as `file:line` relative to the working folder, for a message that stops the build. */
export function placeOf(fileURL: URL | undefined, line: number | undefined): string {
	const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : '(no file)';
	return line === undefined ? file : `${file}:${line}`;
}
