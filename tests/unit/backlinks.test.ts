import { describe, expect, test } from 'vitest';
import { buildBacklinks } from '../../src/lib/backlinks';

describe('buildBacklinks', () => {
	test('lists each linking page once and ignores links to the page itself', () => {
		const links = new Map([
			['/articles/a/', ['/articles/b/', '/articles/b/#x', '/articles/a/#self', '#local']],
			['/roles/r/', ['/articles/b/', '/glossary/#sro']],
		]);
		const backlinks = buildBacklinks(links);
		expect(backlinks.get('/articles/b/')).toEqual(['/articles/a/', '/roles/r/']);
		expect(backlinks.get('/glossary/sro/')).toEqual(['/roles/r/']);
		expect(backlinks.has('/articles/a/')).toBe(false);
		expect(backlinks.has('')).toBe(false);
	});
});
