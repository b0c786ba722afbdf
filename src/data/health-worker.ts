// The content health report for the /about/health/ page, computed in a worker thread that the build starts
// (src/integrations/health-report.ts), so that it runs beside the page rendering instead of holding it up.
import { parentPort, workerData } from 'node:worker_threads';
import { contentHealth } from './health-source.ts';

const { today, contentDir } = workerData as { today: string; contentDir: string };
parentPort!.postMessage(contentHealth(new Date(today), contentDir));
