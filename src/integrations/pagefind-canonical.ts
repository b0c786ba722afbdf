import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/** A file of a Pagefind bundle, as `index.getFiles()` returns it. */
export interface BundleFile {
	path: string;
	content: Uint8Array;
}

const MAGIC = new TextEncoder().encode('pagefind_dcd');

/**
 * The Pagefind versions whose filter files this module has been checked against. The layout of those files is
 * Pagefind's own, not a public format, so a new version must be checked (by the byte-identical build test)
 * before it is added here.
 */
const SUPPORTED_PAGEFIND = /^1\.[56]\.\d+$/;

/** Why the installed Pagefind version cannot be used, or undefined when it can. */
export function checkPagefindVersion(version: string): string | undefined {
	return SUPPORTED_PAGEFIND.test(version)
		? undefined
		: `Pagefind ${version} is installed, but the search index is put in canonical order by reading Pagefind's filter files, whose layout has only been checked for Pagefind 1.5 and 1.6.`;
}

/** The head of the CBOR data item at `at`: its major type, its argument, and the head's length in bytes. */
function readHead(bytes: Uint8Array, at: number): { major: number; value: number; size: number } {
	const major = bytes[at]! >> 5;
	const info = bytes[at]! & 31;
	if (info < 24) return { major, value: info, size: 1 };
	if (info > 27) throw new Error(`Unsupported CBOR item 0x${bytes[at]!.toString(16)} in a Pagefind file.`);
	const extra = 1 << (info - 24);
	let value = 0;
	for (let index = 1; index <= extra; index++) value = value * 256 + bytes[at + index]!;
	return { major, value, size: 1 + extra };
}

/** The length in bytes of the CBOR data item at `at`: integers, strings, arrays and maps. */
function itemLength(bytes: Uint8Array, at: number): number {
	const { major, value, size } = readHead(bytes, at);
	if (major <= 1) return size;
	if (major <= 3) return size + value;
	if (major > 5) throw new Error(`Unsupported CBOR major type ${major} in a Pagefind file.`);
	let length = size;
	for (let index = 0; index < (major === 4 ? value : value * 2); index++) length += itemLength(bytes, at + length);
	return length;
}

/** Copies `bytes` with the items of the CBOR array at `at` in byte order; returns the copy and the array's end. */
function sortArrayAt(bytes: Uint8Array, at: number): { bytes: Buffer; end: number } {
	const list = readHead(bytes, at);
	if (list.major !== 4) throw new Error('Unexpected Pagefind file layout: expected an array.');
	const items: Uint8Array[] = [];
	let end = at + list.size;
	for (let index = 0; index < list.value; index++) {
		const length = itemLength(bytes, end);
		items.push(bytes.subarray(end, end + length));
		end += length;
	}
	items.sort((a, b) => Buffer.compare(a, b));
	return { bytes: Buffer.concat([bytes.subarray(0, at + list.size), ...items, bytes.subarray(end)]), end };
}

/** Unzips a Pagefind file and checks its `pagefind_dcd` signature; returns the CBOR that follows. */
function unpack(compressed: Uint8Array): Uint8Array {
	const bytes = gunzipSync(compressed);
	if (Buffer.from(bytes.subarray(0, MAGIC.length)).toString() !== 'pagefind_dcd') throw new Error('Not a Pagefind index file.');
	return bytes;
}

/**
 * Puts the values of a Pagefind filter file in a fixed order. Pagefind writes them in hash-map order, which
 * changes from run to run, so two builds of the same site would otherwise differ. Pagefind 1.3 made its
 * fragment files stable, and its author noted that the filter and metadata files still change between builds
 * (https://github.com/Pagefind/pagefind/issues/638).
 * The file is `pagefind_dcd` + CBOR `[name, [[value, [page, …]], …]]`.
 */
export function sortFilterValues(compressed: Uint8Array): Uint8Array {
	const bytes = unpack(compressed);
	if (bytes[MAGIC.length] !== 0x82) throw new Error('Unexpected Pagefind filter file layout.');
	const valuesAt = MAGIC.length + 1 + itemLength(bytes, MAGIC.length + 1);
	return gzipSync(sortArrayAt(bytes, valuesAt).bytes, { level: 9 });
}

/**
 * Puts the list of filters in a Pagefind metadata file in a fixed order, for the same reason. The file is
 * `pagefind_dcd` + CBOR `[version, pages, index chunks, filters, sorts, …]`, filters being `[[name, file], …]`.
 */
function sortMetaFilters(compressed: Uint8Array): Uint8Array {
	let bytes: Uint8Array = unpack(compressed);
	const top = readHead(bytes, MAGIC.length);
	let at = MAGIC.length + top.size;
	for (let index = 0; index < top.value; index++) {
		if (index === 3) bytes = sortArrayAt(bytes, at).bytes;
		at += itemLength(bytes, at);
	}
	return gzipSync(bytes, { level: 9 });
}

const hashOf = (bytes: Uint8Array, length: number) => createHash('sha256').update(bytes).digest('hex').slice(0, length);

/**
 * Makes a Pagefind bundle byte-identical from build to build: sorts every filter file, names it after its
 * new content, and renames the metadata file and its entry in `pagefind-entry.json` to match.
 */
export function canonicalBundle(files: readonly BundleFile[]): BundleFile[] {
	const renamed = new Map<string, string>();
	const out = files.map((file) => {
		const match = file.path.match(/^filter\/(.+)_([0-9a-f]+)\.pf_filter$/);
		if (!match) return file;
		const content = sortFilterValues(file.content);
		const name = `${match[1]}_${hashOf(content, match[2]!.length)}`;
		renamed.set(`${match[1]}_${match[2]}`, name);
		return { path: `filter/${name}.pf_filter`, content };
	});
	const entryIndex = out.findIndex((file) => file.path === 'pagefind-entry.json');
	if (entryIndex === -1) return out;
	const entry = JSON.parse(new TextDecoder().decode(out[entryIndex]!.content)) as { languages: Record<string, { hash: string }> };
	for (const [index, file] of out.entries()) {
		const match = file.path.match(/^pagefind\.(.+)_([0-9a-f]+)\.pf_meta$/);
		if (!match) continue;
		// Filter names keep their length, so they can be swapped in the CBOR bytes without re-encoding.
		let meta = Buffer.from(gunzipSync(file.content)).toString('latin1');
		for (const [from, to] of renamed) meta = meta.replaceAll(from, to);
		const content = sortMetaFilters(gzipSync(Buffer.from(meta, 'latin1')));
		const name = `${match[1]}_${hashOf(content, match[2]!.length)}`;
		out[index] = { path: `pagefind.${name}.pf_meta`, content };
		for (const language of Object.values(entry.languages)) if (language.hash === `${match[1]}_${match[2]}`) language.hash = name;
	}
	out[entryIndex] = { path: 'pagefind-entry.json', content: new TextEncoder().encode(JSON.stringify(entry)) };
	return out;
}
