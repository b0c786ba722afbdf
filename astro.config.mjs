// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { CONTENT_DIR } from './src/consts.ts';
import { contentEncoding } from './src/integrations/content-encoding.ts';
import { devSearch } from './src/integrations/dev-search.ts';
import { healthReport } from './src/integrations/health-report.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { noPlaceholders } from './src/integrations/placeholders.ts';
import { resolveSiteLocation } from './src/lib/env.ts';
import { inSitemap } from './src/lib/routes.ts';
import { redirectMap } from './src/lib/redirects.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';

const { site, base } = resolveSiteLocation(process.env);
const pipeline = markdownPipeline({ base, contentDir: CONTENT_DIR });
// Tests build fixture content folders side by side; each needs its own content cache.
const fixture = process.env.KB_CONTENT_DIR?.replace(/[^\w-]+/g, '_');
// Old addresses of renamed or merged pages; a content folder without the file has none. Astro adds the base
// path to the old address but not to the new one, so it is added here.
const redirectsFile = `${CONTENT_DIR}/redirects.yaml`;
const redirects = Object.fromEntries(
	Object.entries(existsSync(redirectsFile) ? redirectMap(redirectsFile, yaml.load(readFileSync(redirectsFile, 'utf8'))) : {}).map(
		([from, to]) => [from, `${base}${to.slice(1)}`],
	),
);

export default defineConfig({
	site,
	base,
	outDir: process.env.KB_OUT_DIR ?? 'dist',
	cacheDir: fixture ? `./node_modules/.astro/fixtures/${fixture}` : undefined,
	trailingSlash: 'always',
	redirects,
	// Two entries with the same URL stop the build instead of one silently replacing the other.
	prerenderConflictBehavior: 'error',
	build: {
		format: 'directory',
		// Eight pages render at a time, so one page's file write overlaps the next page's rendering: at 5,000
		// pages the build thread otherwise sat idle for nearly half of the page-generation step.
		concurrency: 8,
		// A strict Content-Security-Policy (style-src 'self') forbids inline <style>.
		inlineStylesheets: 'never',
	},
	image: {
		// Images in the content get a srcset of widths up to their own, so that a phone downloads a small file.
		layout: 'constrained',
	},
	markdown: {
		// Sätteri, Astro's Rust Markdown and MDX compiler: GitHub-flavoured Markdown built in, and about eight
		// times faster than the unified (remark/rehype) pipeline on this site (see docs/benchmarks.md).
		processor: satteri({ features: pipeline.features, mdastPlugins: pipeline.mdastPlugins, hastPlugins: pipeline.hastPlugins }),
		shikiConfig: pipeline.shikiConfig,
	},
	integrations: [
		contentEncoding(CONTENT_DIR),
		noPlaceholders(CONTENT_DIR),
		mdx(),
		sitemap({ filter: inSitemap }),
		pagefindIndex(),
		devSearch(CONTENT_DIR),
		healthReport(CONTENT_DIR),
	],
	vite: {
		build: {
			// Never inline small scripts into the page: a strict Content-Security-Policy (script-src 'self') blocks them.
			assetsInlineLimit: 0,
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
