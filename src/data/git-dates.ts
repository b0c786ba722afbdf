import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CONTENT_DIR } from '../consts.ts';
import { parseGitLog } from '../lib/git-log.ts';

/** The last-commit dates of the files in one folder, keyed by their path from the repository root. */
interface FolderDates {
	root: string;
	dates: Map<string, string>;
}

const byFolder = new Map<string, FolderDates | undefined>();

/**
 * Reads, with one `git log` limited to `folder`, the date of the last commit of every file in it. Undefined
 * when the folder is not in a git repository (a download of the source, say): pages then show no date.
 */
function readFolderDates(folder: string): FolderDates | undefined {
	if (!existsSync(folder)) return undefined;
	const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8' });
	if (top.status !== 0) return undefined;
	const root = top.stdout.trim();
	const log = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--', relative(root, resolve(folder)) || '.'], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 256 * 2 ** 20,
	});
	return { root, dates: parseGitLog(log.status === 0 ? log.stdout : '') };
}

/**
 * The date (YYYY-MM-DD) of the last commit that touched `file`, a path from the working directory inside
 * `folder`; undefined outside a repository or for a file never committed.
 */
export function lastCommitDate(file: string, folder = CONTENT_DIR): string | undefined {
	// One `git log` per folder and build: one per page would cost seconds on a large knowledge base.
	if (!byFolder.has(folder)) byFolder.set(folder, readFolderDates(folder));
	const found = byFolder.get(folder);
	return found?.dates.get(relative(found.root, resolve(file)).split('\\').join('/'));
}
