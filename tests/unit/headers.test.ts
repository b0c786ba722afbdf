import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const headers = readFileSync('public/_headers', 'utf8');
const nginx = readFileSync('docs/nginx.conf', 'utf8');
const policy = headers.match(/Content-Security-Policy: (.+)/)?.[1]?.trim();

describe('the shipped security headers', () => {
	test('public/_headers sets the strict policy for every path', () => {
		expect(policy).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
		);
		expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy:/m);
	});

	test('the nginx configuration sends the same policy and security headers', () => {
		expect(nginx).toContain(`add_header Content-Security-Policy "${policy}" always;`);
		for (const [, name, value] of headers.matchAll(
			/^ {2}(X-Content-Type-Options|Referrer-Policy|Permissions-Policy|Cross-Origin-Opener-Policy|X-Frame-Options): (.+)$/gm,
		)) {
			expect(nginx).toContain(`add_header ${name} "${value}" always;`);
		}
	});

	test('hashed assets are cached for a year on both', () => {
		expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
		expect(nginx).toContain('"public, max-age=31536000, immutable"');
	});
});
