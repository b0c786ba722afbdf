import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { DEV, NGINX, NGINX_PORT, SITES } from './tests/e2e/sites.mjs';

/** Debian's Chromium where installed (CI, this project's machines); otherwise Playwright's own browser. */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Set by `npm run test:visual` (tests/e2e/visual.mjs): the screenshot comparisons, against the root build only. */
const visual = !!process.env.KB_VISUAL;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// One browser per core: more only makes each test slower on a small machine, never the run faster.
	workers: availableParallelism(),
	// Tests wait for states (results shown, index loaded), never for a time. These limits only end a test that
	// hangs, so they are set for the slowest machine the suite may meet: a busy two-core CI runner, where the
	// first search of a run waits for Pagefind to load its index and a WebAssembly module.
	timeout: 180_000,
	expect: { timeout: 30_000 },
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		...devices['Desktop Chrome'],
		trace: 'retain-on-failure',
		launchOptions: systemChromium
			? {
					executablePath: systemChromium,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
					],
				}
			: {},
	},
	projects: [
		...Object.entries(SITES).map(([name, site]) => ({
			name,
			testIgnore: ['nginx.spec.ts', 'dev.spec.ts', 'visual.spec.ts'],
			use: { baseURL: `http://localhost:${site.port}${site.base}` },
		})),
		// The /kb/ build behind a real nginx, configured as docs/nginx.conf says; skipped without nginx.
		{ name: 'nginx', testMatch: 'nginx.spec.ts', use: { baseURL: `http://127.0.0.1:${NGINX_PORT}${SITES.kb.base}` } },
		{ name: 'dev', testMatch: 'dev.spec.ts', use: { baseURL: `http://localhost:${DEV.port}/` } },
		...(visual
			? [
					{
						name: 'visual',
						testMatch: 'visual.spec.ts',
						use: { baseURL: `http://localhost:${SITES.root.port}${SITES.root.base}` },
						snapshotPathTemplate: 'tests/e2e/visual/{arg}{ext}',
						// Room for the anti-aliasing that differs between Chromium builds; a moved or clipped element
						// changes far more pixels than this.
						expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01 } },
					},
				]
			: []),
	],
	webServer: [
		...Object.values(visual ? { root: SITES.root } : SITES).map((site) => ({
			command: `astro preview --port ${site.port} --ignore-lock`,
			env: { BASE_PATH: site.base, KB_OUT_DIR: site.outDir, ASTRO_TELEMETRY_DISABLED: '1' },
			url: `http://localhost:${site.port}${site.base}`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000,
		})),
		...(NGINX && !visual
			? [
					{
						command: 'node tests/e2e/nginx.mjs',
						url: `http://127.0.0.1:${NGINX_PORT}${SITES.kb.base}`,
						reuseExistingServer: false,
						timeout: 180_000,
					},
				]
			: []),
	],
});
