import { describe, expect, test } from 'vitest';
import { resolveSiteLocation } from '../../src/lib/env';

describe('resolveSiteLocation', () => {
	test('defaults to localhost at the root', () => {
		expect(resolveSiteLocation({})).toEqual({ site: 'http://localhost:4321', base: '/' });
	});

	test('normalises a base path without slashes', () => {
		expect(resolveSiteLocation({ SITE_URL: 'https://example.org', BASE_PATH: 'kb' }).base).toBe('/kb/');
		expect(resolveSiteLocation({ BASE_PATH: '/docs/kb' }).base).toBe('/docs/kb/');
	});

	test('keeps only the origin of the site URL', () => {
		expect(resolveSiteLocation({ SITE_URL: 'https://example.org/' }).site).toBe('https://example.org');
	});

	test.for([
		['SITE_URL', { SITE_URL: 'example.org' }],
		['SITE_URL', { SITE_URL: 'ftp://example.org' }],
		['SITE_URL', { SITE_URL: 'https://example.org/kb/' }],
		['BASE_PATH', { BASE_PATH: '/../etc/' }],
		['BASE_PATH', { BASE_PATH: '/k b/' }],
		['BASE_PATH', { BASE_PATH: '/kb/?x=1' }],
	] as const)('rejects a bad %s with an error naming it', ([name, env]) => {
		expect(() => resolveSiteLocation(env)).toThrow(name);
	});
});
