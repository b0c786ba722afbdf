import { describe, expect, test } from 'vitest';
import { entryPath, inSitemap, withBase } from '../../src/lib/urls';

describe('withBase', () => {
	test('leaves paths alone at the root', () => {
		expect(withBase('/', '/articles/x/')).toBe('/articles/x/');
	});

	test('prefixes paths with a sub-path', () => {
		expect(withBase('/kb/', '/articles/x/#a')).toBe('/kb/articles/x/#a');
		expect(withBase('/kb/', '/')).toBe('/kb/');
	});

	test('refuses a relative path', () => {
		expect(() => withBase('/kb/', 'articles/x/')).toThrow('root-relative');
	});
});

describe('entryPath', () => {
	test('puts an entry under its collection', () => {
		expect(entryPath('roles', 'pmo-lead')).toBe('/roles/pmo-lead/');
	});
});

describe('inSitemap', () => {
	test('lists pages, but neither the 404 page nor a topic’s print view', () => {
		expect(inSitemap('https://example.org/kb/topics/structures/')).toBe(true);
		expect(inSitemap('https://example.org/kb/articles/print/')).toBe(true);
		expect(inSitemap('https://example.org/kb/topics/structures/print/')).toBe(false);
		expect(inSitemap('https://example.org/kb/404/')).toBe(false);
	});
});
