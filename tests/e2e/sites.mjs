import { existsSync } from 'node:fs';

/**
 * Shifts every port below, so that two checkouts can run their browser suites side by side on one machine
 * (E2E_PORT_OFFSET=100 npm run test:e2e). Without it, the second run would reuse the first one's servers.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
if (!Number.isInteger(offset) || offset < 0 || offset > 50_000)
	throw new Error(`E2E_PORT_OFFSET must be a whole number from 0 to 50000, not "${process.env.E2E_PORT_OFFSET}"`);

/** The two builds the browser tests run against: one at the root, one under a sub-path. */
export const SITES = {
	root: { port: 4321 + offset, base: '/', outDir: 'dist' },
	kb: { port: 4322 + offset, base: '/kb/', outDir: 'dist-kb' },
};

/** A second build of the root site from an empty content cache, compared byte for byte with the first. */
export const REPRO_DIR = 'dist-repro';

/** nginx serves the sub-path build on this port, with docs/nginx.conf, when nginx is installed. */
export const NGINX_PORT = 4323 + offset;

/** The nginx binary, if this machine has one (Debian installs it in /usr/sbin). */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));

/** `astro dev`, on a copy of the fixture content that the dev-mode search test adds a page to. */
export const DEV = { port: 4330 + offset, contentDir: 'tests/fixtures/.tmp/dev-content' };
