// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { CONTENT_DIR } from './src/consts.ts';
import { contentEncoding } from './src/integrations/content-encoding.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { resolveSiteLocation } from './src/lib/env.ts';
import { rehypeInternalLinks } from './src/plugins/rehype-internal-links.ts';

const { site, base } = resolveSiteLocation(process.env);
// Tests build fixture content folders side by side; each needs its own content cache.
const fixture = process.env.KB_CONTENT_DIR?.replace(/[^\w-]+/g, '_');

export default defineConfig({
	site,
	base,
	outDir: process.env.KB_OUT_DIR ?? 'dist',
	cacheDir: fixture ? `./node_modules/.astro/fixtures/${fixture}` : undefined,
	trailingSlash: 'always',
	// Two entries with the same URL stop the build instead of one silently replacing the other.
	prerenderConflictBehavior: 'error',
	build: {
		format: 'directory',
		// A strict Content-Security-Policy (style-src 'self') forbids inline <style>.
		inlineStylesheets: 'never',
	},
	markdown: {
		processor: unified({
			gfm: false,
			remarkPlugins: [remarkGfm],
			rehypePlugins: [[rehypeInternalLinks, { base }]],
		}),
	},
	integrations: [contentEncoding(CONTENT_DIR), mdx(), pagefindIndex()],
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks MDX modules with a "use astro:head-inject" directive that the bundler does not know;
				// it warns once per page, which buries real warnings on a large site.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
