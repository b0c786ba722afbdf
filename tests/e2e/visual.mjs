// Builds the site at the root and compares screenshots of its pages with the committed baselines
// (tests/e2e/visual/). `npm run test:visual -- --update` writes the baselines afresh instead.
import { spawnSync } from 'node:child_process';

function run(command, args, env = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const args = process.argv.slice(2).map((arg) => (arg === '--update' ? '--update-snapshots' : arg));
run('node', ['scripts/build.mjs'], { BASE_PATH: '/', KB_OUT_DIR: 'dist' });
run('playwright', ['test', '--project=visual', ...args], { KB_VISUAL: '1' });
