// Runs the whole test suite while one busy process per core competes for the CPU, to show that no test
// depends on the machine's speed: `npm run test:stress`. Extra arguments are passed to `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const hogs = Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

console.log(`Running npm test beside ${hogs.length} CPU-bound process(es), one per core.`);
const started = Date.now();
const result = spawnSync('npm', ['test', ...process.argv.slice(2)], { stdio: 'inherit' });
stopHogs();
console.log(`\nnpm test under load: exit code ${result.status ?? 1}, ${Math.round((Date.now() - started) / 1000)} s.`);
process.exit(result.status ?? 1);
