import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { type BuildHealth, HEALTH_IN_BUILD, reportDate } from '../data/health-source';
import type { Finding } from '../lib/health';

/**
 * Starts the content health report when a build starts, in a worker thread, and leaves its findings where
 * the /about/health/ page finds them. The report reads and renders every page again, and checks every
 * paragraph against the others: at 5,000 pages about 9 s that held the page rendering up, on a machine with
 * a second core to spare. `astro dev` has no build, and the page computes the report itself.
 */
export function healthReport(contentDir: string): AstroIntegration {
	return {
		name: 'pmo-kb:health-report',
		hooks: {
			// As early as a build can start it: the report reads the content files itself, without the build's help.
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				const worker = new Worker(new URL('../data/health-worker.ts', import.meta.url), {
					workerData: { today: reportDate().toISOString(), contentDir },
				});
				// A build that fails before the page is rendered does not wait for the report.
				worker.unref();
				const findings = new Promise<Finding[]>((resolve, reject) => {
					worker.once('message', resolve);
					worker.once('error', (cause) =>
						reject(new AstroError(`The content health report failed: ${cause.message}`, 'Run `npm run report` to see the same error.')),
					);
				});
				// Awaited by the page; a failure the page never sees (the build stopped earlier) is not reported twice.
				findings.catch(() => {});
				(globalThis as BuildHealth)[HEALTH_IN_BUILD] = findings;
			},
		},
	};
}
