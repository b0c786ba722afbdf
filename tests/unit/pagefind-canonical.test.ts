import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { canonicalBundle, checkPagefindVersion, sortFilterValues } from '../../src/integrations/pagefind-canonical';

const text = (value: string) => Buffer.concat([Buffer.from([0x60 + value.length]), Buffer.from(value)]);
const array = (...items: Buffer[]) => Buffer.concat([Buffer.from([0x80 + items.length]), ...items]);
const uints = (...values: number[]) => array(...values.map((value) => Buffer.from([value])));
const pack = (cbor: Buffer) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), cbor]));

const level1 = array(text('Level 1'), uints(1, 2));
const level2 = array(text('Level 2'), uints(3));
const filterFile = (...values: Buffer[]) => pack(array(text('level'), array(...values)));

describe('sortFilterValues', () => {
	test('gives the same bytes whatever order Pagefind wrote the values in', () => {
		const a = sortFilterValues(filterFile(level2, level1));
		const b = sortFilterValues(filterFile(level1, level2));
		expect(Buffer.from(a)).toEqual(Buffer.from(b));
		expect(gunzipSync(a).subarray(12)).toEqual(array(text('level'), array(level1, level2)));
	});

	test('refuses a file that is not a Pagefind index file', () => {
		expect(() => sortFilterValues(gzipSync(Buffer.from('hello')))).toThrow('Not a Pagefind index file');
	});
});

describe('canonicalBundle', () => {
	test('renames sorted filter files and updates the metadata and entry files to match', () => {
		const meta = pack(array(text('1.5.2'), array(), array(), array(array(text('level'), text('en_aaaaaaa'))), array()));
		const files = canonicalBundle([
			{ path: 'filter/en_aaaaaaa.pf_filter', content: filterFile(level2, level1) },
			{ path: 'pagefind.en_bbbbbbbbbbbbb.pf_meta', content: meta },
			{ path: 'pagefind-entry.json', content: Buffer.from('{"version":"1.5.2","languages":{"en":{"hash":"en_bbbbbbbbbbbbb"}}}') },
		]);
		const filter = files[0]!.path.match(/^filter\/(en_[0-9a-f]{7})\.pf_filter$/)![1]!;
		expect(filter).not.toBe('en_aaaaaaa');
		const metaFile = files[1]!;
		expect(gunzipSync(metaFile.content).toString('latin1')).toContain(filter);
		const entry = JSON.parse(Buffer.from(files[2]!.content).toString());
		expect(metaFile.path).toBe(`pagefind.${entry.languages.en.hash}.pf_meta`);
	});
});

describe('checkPagefindVersion', () => {
	test('accepts the checked 1.5 and 1.6 releases and names any other version', () => {
		expect(checkPagefindVersion('1.5.2')).toBeUndefined();
		expect(checkPagefindVersion('1.6.0')).toBeUndefined();
		expect(checkPagefindVersion('1.7.0')).toMatch(/Pagefind 1\.7\.0 is installed/);
		expect(checkPagefindVersion('2.0.0-beta.1')).toMatch(/only been checked for Pagefind 1\.5 and 1\.6/);
	});
});
