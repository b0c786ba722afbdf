import { callouts } from './callouts';
import { codeClasses } from './code-classes';
import { glossaryLinks } from './glossary-links';
import { headingAnchors } from './heading-anchors';
import { imageSizes } from './image-sizes';
import { images } from './images';
import { internalLinks } from './internal-links';
import { tableAlignment } from './table-alignment';
import { tableScroll } from './table-scroll';
import { taskListLabels } from './task-list-labels';
import { wordCount } from './word-count';

/**
 * The site's Markdown settings, in one place so that the build (astro.config.mjs) and the tests that render
 * Markdown in memory (tests/unit/gfm-conformance.test.ts) run exactly the same plugins.
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
