// Serves the /kb/ build with nginx, using the configuration documented in docs/nginx.conf, in the
// foreground, so that Playwright can start and stop it like any other web server.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NGINX, NGINX_PORT, SITES } from './sites.mjs';

if (!NGINX) {
	console.error('nginx is not installed.');
	process.exit(1);
}
const prefix = resolve('.nginx');
mkdirSync(`${prefix}/tmp`, { recursive: true });
const site = readFileSync('docs/nginx.conf', 'utf8')
	.replace('listen 80;', `listen 127.0.0.1:${NGINX_PORT};`)
	.replaceAll('/var/www/pmo-kb/', `${resolve(SITES.kb.outDir)}/`);
const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `\t${kind}_temp_path ${prefix}/tmp/${kind};`).join('\n');
writeFileSync(
	`${prefix}/nginx.conf`,
	`${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events {}
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
${temp}
${site}
}
`,
);
const server = spawn(NGINX, ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-g', 'daemon off;'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code) => process.exit(code ?? 0));
