/**
 * Reads `git log --format=%x00%cI --name-only` output into "file → date of its last commit". Newest commits
 * come first, so the first date seen for a file is its latest.
 */
export function parseGitLog(log: string): Map<string, string> {
	const dates = new Map<string, string>();
	for (const commit of log.split('\0').slice(1)) {
		const [date = '', ...files] = commit.split('\n').map((line) => line.trim());
		for (const file of files) if (file && !dates.has(file)) dates.set(file, date.slice(0, 10));
	}
	return dates;
}
