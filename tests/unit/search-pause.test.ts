import { describe, expect, test } from 'vitest';
import { SEARCH_PAUSE_MS, searchPause } from '../../src/lib/search-pause';

describe('searchPause', () => {
	test('searches a word at once when a space or tab has just finished it', () => {
		expect(searchPause('benefits ')).toBe(0);
		expect(searchPause('benefits realisation\t')).toBe(0);
	});

	test('waits for the pause in the middle of a word, and after a second space', () => {
		expect(searchPause('benef')).toBe(SEARCH_PAUSE_MS);
		expect(searchPause('benefits  ')).toBe(SEARCH_PAUSE_MS);
	});

	test('waits for the pause when nothing but spaces has been typed', () => {
		expect(searchPause('')).toBe(SEARCH_PAUSE_MS);
		expect(searchPause(' ')).toBe(SEARCH_PAUSE_MS);
	});
});
