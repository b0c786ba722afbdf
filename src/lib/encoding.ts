const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The 1-based line of the first byte sequence in `bytes` that is not valid UTF-8, or undefined when all of it is. */
export function invalidUtf8Line(bytes: Uint8Array): number | undefined {
	try {
		strict.decode(bytes);
		return undefined;
	} catch {
		const text = lenient.decode(bytes);
		return text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
	}
}
