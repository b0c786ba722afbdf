import { spawnSync } from 'node:child_process';
import { parseGitLog } from '../lib/git-dates.ts';

let dates: Map<string, string> | undefined;

/** The date (YYYY-MM-DD) of the last commit that touched `file`, relative to the repository root, if any. */
export function lastCommitDate(file: string): string | undefined {
	// One `git log` for the whole build: one per page would cost seconds on a large knowledge base.
	dates ??= parseGitLog(spawnSync('git', ['log', '--format=%x00%cI', '--name-only'], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 }).stdout ?? '');
	return dates.get(file);
}
