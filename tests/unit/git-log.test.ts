import { describe, expect, test } from 'vitest';
import { parseGitLog } from '../../src/lib/git-log';

describe('parseGitLog', () => {
	test('keeps the newest date for each file', () => {
		const log = '\u00002026-03-02T10:00:00+00:00\n\ncontent/a.mdx\n\u00002025-01-01T09:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n';
		expect(parseGitLog(log)).toEqual(
			new Map([
				['content/a.mdx', '2026-03-02'],
				['content/b.mdx', '2025-01-01'],
			]),
		);
	});

	test('is empty outside a repository', () => {
		expect(parseGitLog('')).toEqual(new Map());
	});
});
