// Builds the site at the root and under /kb/, builds the root site a second time from an empty content cache
// (for the test that builds are byte-identical), then runs the browser tests against the builds.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { REPRO_DIR, SITES } from './sites.mjs';

function run(command, args, env = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Astro's content cache for the real content folder; emptied so that each build starts cold. */
const clearContentCache = () => rmSync('node_modules/.astro', { recursive: true, force: true });

for (const [outDir, base] of [
	[SITES.root.outDir, SITES.root.base],
	[SITES.kb.outDir, SITES.kb.base],
	[REPRO_DIR, SITES.root.base],
]) {
	console.log(`\nBuilding with BASE_PATH=${base} into ${outDir}/ from an empty content cache`);
	clearContentCache();
	run('node', ['scripts/build.mjs'], { BASE_PATH: base, KB_OUT_DIR: outDir });
}
run('playwright', ['test', ...process.argv.slice(2)]);
