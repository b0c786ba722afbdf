import { existsSync } from 'node:fs';

/** The two builds the browser tests run against: one at the root, one under a sub-path. */
export const SITES = {
	root: { port: 4321, base: '/', outDir: 'dist' },
	kb: { port: 4322, base: '/kb/', outDir: 'dist-kb' },
};

/** A second build of the root site from an empty content cache, compared byte for byte with the first. */
export const REPRO_DIR = 'dist-repro';

/** nginx serves the sub-path build on this port, with docs/nginx.conf, when nginx is installed. */
export const NGINX_PORT = 4323;

/** The nginx binary, if this machine has one (Debian installs it in /usr/sbin). */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));

/** `astro dev`, on a copy of the fixture content that the dev-mode search test adds a page to. */
export const DEV = { port: 4330, contentDir: 'tests/fixtures/.tmp/dev-content' };
