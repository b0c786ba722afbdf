import { describe, expect, test } from 'vitest';
import { readSearchParams, writeSearchParams } from '../../src/lib/search-params';

describe('readSearchParams', () => {
	test('reads the term and known filters, ignoring unknown ones and duplicates', () => {
		const state = readSearchParams(new URLSearchParams('q=hub+spoke&topic=Practices&topic=Practices&level=Level+2&evil=1'));
		expect(state).toEqual({ term: 'hub spoke', filters: { topic: ['Practices'], level: ['Level 2'] } });
	});

	test('caps a very long term', () => {
		expect(readSearchParams(new URLSearchParams({ q: 'x'.repeat(5000) })).term).toHaveLength(500);
	});
});

describe('writeSearchParams', () => {
	test('round-trips a search and leaves out empty parts', () => {
		const params = writeSearchParams({ term: '<script>', filters: { tier: ['Programme'], type: [] } });
		expect(params.toString()).toBe('q=%3Cscript%3E&tier=Programme');
		expect(readSearchParams(params)).toEqual({ term: '<script>', filters: { tier: ['Programme'] } });
	});

	test('drops a blank term', () => {
		expect(writeSearchParams({ term: '  ', filters: {} }).toString()).toBe('');
	});
});
