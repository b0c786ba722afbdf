import { describe, expect, test } from 'vitest';
import { withBase } from '../../src/lib/urls';

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
