// The content health report in the terminal: `npm run report`, or `npm run report -- --strict` to exit
// with status 1 when anything is found (for CI).
import { parseArgs } from 'node:util';
import { contentHealth } from '../src/data/health-source.ts';
import { CHECKS } from '../src/lib/health.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
const findings = contentHealth();

for (const [kind, heading] of Object.entries(CHECKS)) {
	const found = findings.filter((finding) => finding.kind === kind);
	console.log(`\n${heading}: ${found.length ? found.length : 'none'}`);
	for (const finding of found) console.log(`  ${finding.file}: ${finding.detail}`);
}
console.log(`\n${findings.length} finding${findings.length === 1 ? '' : 's'} in all.`);
if (values.strict && findings.length) process.exit(1);
