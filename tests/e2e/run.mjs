// Builds the site twice, at the root and under /kb/, then runs the browser tests against both builds.
import { spawnSync } from 'node:child_process';
import { SITES } from './sites.mjs';

function run(command, args, env = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const { base, outDir } of Object.values(SITES)) {
	console.log(`\nBuilding with BASE_PATH=${base} into ${outDir}/`);
	run('node', ['scripts/build.mjs'], { BASE_PATH: base, KB_OUT_DIR: outDir });
}
run('playwright', ['test', ...process.argv.slice(2)]);
