import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lastCommitDate } from '../../src/data/git-dates';

/** Runs git in `dir` with a fixed identity and commit date, so that the test does not depend on the clock. */
function git(dir: string, ...args: string[]): void {
	const result = spawnSync('git', args, {
		cwd: dir,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'Test',
			GIT_AUTHOR_EMAIL: 't@example.org',
			GIT_COMMITTER_NAME: 'Test',
			GIT_COMMITTER_EMAIL: 't@example.org',
			GIT_COMMITTER_DATE: '2026-03-02T10:00:00+00:00',
			GIT_AUTHOR_DATE: '2026-03-02T10:00:00+00:00',
		},
	});
	if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

describe('lastCommitDate', () => {
	test('gives the commit date of a file in the content folder of a repository, from its path in the folder', () => {
		const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
		const content = join(repo, 'site', 'content');
		mkdirSync(join(content, 'articles'), { recursive: true });
		writeFileSync(join(content, 'articles', 'a.mdx'), 'A');
		writeFileSync(join(repo, 'outside.md'), 'Not content');
		git(repo, 'init', '-q');
		git(repo, 'add', '.');
		git(repo, 'commit', '-q', '-m', 'First');
		writeFileSync(join(content, 'articles', 'new.mdx'), 'Never committed');
		expect(lastCommitDate(join(content, 'articles', 'a.mdx'), content)).toBe('2026-03-02');
		expect(lastCommitDate(join(content, 'articles', 'new.mdx'), content)).toBeUndefined();
		// The log is limited to the content folder: files elsewhere in the repository are not read.
		expect(lastCommitDate(join(repo, 'outside.md'), content)).toBeUndefined();
	});

	test('is undefined for a folder that is not in a repository, or does not exist', () => {
		const folder = mkdtempSync(join(tmpdir(), 'no-git-'));
		writeFileSync(join(folder, 'a.mdx'), 'A');
		expect(lastCommitDate(join(folder, 'a.mdx'), folder)).toBeUndefined();
		expect(lastCommitDate(join(folder, 'missing', 'b.mdx'), join(folder, 'missing'))).toBeUndefined();
	});
});
