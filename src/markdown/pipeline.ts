// Imports here carry their .ts extensions: the content health report (`npm run report`) runs this folder
// under Node directly, without a bundler.
import { callouts } from './callouts.ts';
import { codeClasses } from './code-classes.ts';
import { glossaryLinks } from './glossary-links.ts';
import { headingAnchors } from './heading-anchors.ts';
import { imageSizes } from './image-sizes.ts';
import { images } from './images.ts';
import { internalLinks } from './internal-links.ts';
import { tableAlignment } from './table-alignment.ts';
import { tableScroll } from './table-scroll.ts';
import { taskListLabels } from './task-list-labels.ts';
import { wordCount } from './word-count.ts';

/**
 * The site's Markdown settings, in one place so that the build (astro.config.mjs), the content health report
 * and the dev-mode search index (src/data/content-files.ts), and the tests that render Markdown in memory
 * (tests/unit/gfm-conformance.test.ts) run exactly the same plugins.
 */
export function markdownPipeline({ base, contentDir }: { base: string; contentDir: string }) {
	return {
		// Container directives (`:::tip`) are off in the compiler by default; callouts() renders the four it knows.
		features: { directive: true },
		mdastPlugins: [callouts(), images()],
		// Order matters: glossary links are added before internal links are recorded and rebased.
		hastPlugins: [
			wordCount(),
			glossaryLinks({ glossaryFile: `${contentDir}/glossary.yaml`, contentDir }),
			headingAnchors(),
			internalLinks({ base }),
			tableAlignment(),
			tableScroll(),
			taskListLabels(),
			imageSizes(),
		],
		// Shiki colours tokens with CSS variables (Astro's `css-variables` theme) and the transformer turns them into
		// classes, so that the stylesheet gives them light and dark colours and no style attribute is left.
		shikiConfig: { theme: 'css-variables' as const, transformers: [codeClasses()] },
	};
}
