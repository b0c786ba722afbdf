// Builds into a staging folder and swaps it into dist/ only when the build succeeds, so that a failed
// build never leaves a host with half a site.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const outDir = process.env.KB_OUT_DIR ?? 'dist';
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

rmSync(staging, { recursive: true, force: true });
const result = spawnSync('astro', ['build', '--outDir', staging], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	// spawnSync reports a command that could not be started (not installed, not executable) in `error`, not in
	// the exit status, and the reader needs that reason, not only the outcome.
	if (result.error) console.error(`\nCould not run astro: ${result.error.message}. Run npm install first, then npm run build.`);
	console.error(`\nBuild failed: ${outDir}/ was left as it was.`);
	process.exit(result.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
