// Runs `astro dev` on a copy of the fixture content, so that the dev-mode search test can add a page.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { DEV } from './sites.mjs';

rmSync(DEV.contentDir, { recursive: true, force: true });
mkdirSync(DEV.contentDir, { recursive: true });
cpSync('tests/fixtures/base', DEV.contentDir, { recursive: true });
const server = spawn('astro', ['dev', '--port', String(DEV.port)], {
	stdio: 'inherit',
	env: { ...process.env, KB_CONTENT_DIR: DEV.contentDir, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
