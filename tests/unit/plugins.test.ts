import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { callouts } from '../../src/markdown/callouts';
import { classesForStyle, codeClasses } from '../../src/markdown/code-classes';
import { glossaryLinks } from '../../src/markdown/glossary-links';
import { headingAnchors } from '../../src/markdown/heading-anchors';
import { ARTICLE_IMAGE_SIZES, imageSizes } from '../../src/markdown/image-sizes';
import { images } from '../../src/markdown/images';
import { internalLinks } from '../../src/markdown/internal-links';
import { tableAlignment } from '../../src/markdown/table-alignment';
import { tableScroll } from '../../src/markdown/table-scroll';
import { taskListLabels } from '../../src/markdown/task-list-labels';
import { wordCount } from '../../src/markdown/word-count';

const dir = mkdtempSync(join(tmpdir(), 'plugins-'));
const glossaryFile = join(dir, 'glossary.yaml');
writeFileSync(
	glossaryFile,
	'- id: sro\n  term: Senior Responsible Owner\n  abbreviation: SRO\n  definition: x\n  page: /articles/sro-guide/\n- id: raid\n  term: RAID log\n  definition: y\n',
);

function render(markdown: string, { file = 'articles/other.md', base = '/', frontmatter = {} } = {}) {
	const { html, data } = markdownToHtml(markdown, {
		fileURL: pathToFileURL(join(dir, file)),
		hastPlugins: [
			wordCount(),
			glossaryLinks({ glossaryFile, contentDir: dir }),
			headingAnchors(),
			internalLinks({ base }),
			tableAlignment(),
			tableScroll(),
			taskListLabels(),
		],
		data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
	});
	const recorded = data.astro?.frontmatter ?? {};
	return {
		html,
		links: recorded.internalLinks as string[],
		externalLinks: recorded.externalLinks as string[],
		words: recorded.words as number,
	};
}

describe('glossaryLinks', () => {
	test('links the first mention only, with an abbr for an abbreviation', () => {
		const { html } = render('Ask the SRO. The SRO decides, using the RAID log.');
		expect(html.trim()).toBe(
			'<p>Ask the <a href="/glossary/sro/" class="glossary-link"><abbr title="Senior Responsible Owner">SRO</abbr></a>. The SRO decides, using the <a href="/glossary/raid/" class="glossary-link">RAID log</a>.</p>',
		);
	});

	test('never links inside headings, links or code', () => {
		const { html } = render('## The SRO\n\n[SRO](/x/) and `SRO`\n\n```\nSRO\n```\n');
		expect(html).not.toContain('/glossary/');
	});

	test('does not link a term on the page that explains it', () => {
		const { html } = render('The SRO and the RAID log.', { file: 'articles/sro-guide.mdx' });
		expect(html).not.toContain('/glossary/sro/');
		expect(html).toContain('/glossary/raid/');
	});

	test('knows the explaining page by its slug when the file is named differently', () => {
		const { html } = render('The SRO.', { file: 'articles/renamed.md', frontmatter: { slug: 'sro-guide' } });
		expect(html).not.toContain('/glossary/sro/');
	});
});

describe('headingAnchors', () => {
	test('gives headings GitHub-style ids and a named link after h2 to h4 only, kept out of the search index', () => {
		const { html } = render('# Title\n\n## The hub\n\n## The hub\n\n##### Small\n');
		expect(html).toContain('<h1 id="title">Title</h1>');
		expect(html).toContain(
			'<div class="heading-wrapper"><h2 id="the-hub">The hub</h2><a class="heading-anchor" href="#the-hub" aria-label="Link to this section: The hub" data-pagefind-ignore=""><span aria-hidden="true">#</span></a></div>',
		);
		expect(html).toContain('<h2 id="the-hub-1">');
		expect(html).toContain('<h5 id="small">Small</h5>');
		expect(html).not.toContain('href="#small"');
	});

	test('gives no link to a visually hidden heading such as the footnotes label', () => {
		const { html } = render('Text[^1]\n\n[^1]: A note.');
		expect(html).toContain('id="footnote-label"');
		expect(html).not.toContain('href="#footnote-label"');
	});
});

describe('internalLinks', () => {
	test('records internal links apart from links to other sites, and prefixes root-relative ones with the base path', () => {
		const { html, links, externalLinks } = render(
			'[a](/articles/a/#x), [b](#local), [c](https://example.org/), [SRO](/glossary/sro/)[^1], write to team@example.org\n\n[^1]: A note.',
			{ base: '/kb/' },
		);
		expect(links).toEqual(['/articles/a/#x', '#local', '/glossary/sro/']);
		// The footnote's links are the compiler's own, and the email address is a link it made by itself.
		expect(externalLinks).toEqual(['https://example.org/', 'mailto:team@example.org']);
		expect(html).toContain('href="/kb/articles/a/#x"');
		expect(html).toContain('href="https://example.org/"');
		expect(html).toContain('href="#local"');
	});
});

describe('tableScroll', () => {
	test('wraps every table in a focusable, numbered section', () => {
		const { html } = render('| a |\n| - |\n| 1 |\n\ntext\n\n| b |\n| - |\n| 2 |\n');
		expect(html.match(/<section class="table-scroll" tabindex="0" aria-label="Table \d">\s*<table>/g)).toHaveLength(2);
		expect(html).toContain('aria-label="Table 2"');
	});
});

describe('callouts', () => {
	const renderCallouts = (markdown: string) =>
		markdownToHtml(markdown, {
			fileURL: pathToFileURL(join(process.cwd(), 'content/articles/page.mdx')),
			mdastPlugins: [callouts()],
			features: { directive: true },
		}).html;

	test('renders each of the four kinds as an aside named by its label', () => {
		for (const [name, label] of [
			['note', 'Note'],
			['tip', 'Tip'],
			['caution', 'Caution'],
			['danger', 'Danger'],
		]) {
			expect(renderCallouts(`:::${name}\nMind the **gap**.\n:::\n`).trim()).toBe(
				`<aside class="callout callout-${name}" aria-label="${label}"><p class="callout-title">${label}</p><p>Mind the <strong>gap</strong>.</p></aside>`,
			);
		}
	});

	test('uses the title in brackets as the visible title, keeping the kind in the accessible name', () => {
		const html = renderCallouts(':::tip[Before *you* start]\nRead the charter.\n\n- One\n- Two\n:::\n');
		expect(html).toContain(
			'<aside class="callout callout-tip" aria-label="Tip: Before you start"><p class="callout-title">Before <em>you</em> start</p><p>Read the charter.</p>',
		);
		expect(html).toContain('<li>Two</li>');
	});

	test('stops on an unknown directive, naming the file, the line and the names it knows', () => {
		expect(() => renderCallouts('Intro.\n\n:::warning\nLost?\n:::\n')).toThrow(
			'content/articles/page.mdx:3: unknown directive ":::warning"; expected a callout: :::note, :::tip, :::caution, :::danger',
		);
		expect(() => renderCallouts('Intro.\n\n::youtube[Video]\n')).toThrow('content/articles/page.mdx:3: unknown directive "::youtube"');
		expect(() => renderCallouts('Press :kbd[Ctrl] now.\n')).toThrow('content/articles/page.mdx:1: unknown directive ":kbd[Ctrl]"');
	});

	test('keeps colons in prose, such as ratios and times, as the text they were', () => {
		expect(renderCallouts('A 3:1 ratio, met at 12:30 on the key:value line.\n')).toBe(
			'<p>A 3:1 ratio, met at 12:30 on the key:value line.</p>\n',
		);
	});
});

describe('images', () => {
	// A page in the content folder, beside the figures the real articles use.
	const fileURL = pathToFileURL(join(process.cwd(), 'content/articles/page.mdx'));
	const check = (mdx: string) => mdxToJs(mdx, { fileURL, mdastPlugins: [images()] });

	test('accepts an image beside the page with alt text, alone or in a captioned Figure', () => {
		expect(() =>
			check(
				'![A chart](./figures/earned-value.png)\n\n<Figure caption="Forecast">\n\n![A line](./figures/forecast-tolerance.png)\n\n</Figure>\n',
			),
		).not.toThrow();
	});

	test('gives an image written ![""](…) an empty alt text on purpose, for decoration', () => {
		for (const features of [{}, { smartPunctuation: true }]) {
			const { html } = markdownToHtml('![""](./figures/earned-value.png)', { fileURL, mdastPlugins: [images()], features });
			expect(html).toContain('<img src="./figures/earned-value.png" alt="">');
		}
	});

	test('stops on every image problem of a page at once, each with its file and line', () => {
		const mdx =
			'Intro.\n\n![](./figures/earned-value.png)\n\n![A chart](./figures/missing.png)\n\n![Logo](https://example.org/logo.png)\n\n![Logo](/logo.png)\n\n<Figure>\n\nNo image.\n\n</Figure>\n';
		let message = '';
		try {
			check(mdx);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('6 image problem(s)');
		expect(message).toContain('content/articles/page.mdx:3: image "./figures/earned-value.png" has no alt text');
		expect(message).toContain('content/articles/page.mdx:5: image "./figures/missing.png" does not exist');
		expect(message).toContain(
			'content/articles/page.mdx:7: image "https://example.org/logo.png" is on another site, which the Content-Security-Policy (img-src \'self\') blocks',
		);
		expect(message).toContain('content/articles/page.mdx:9: image "/logo.png" is not relative to the page');
		expect(message).toContain('content/articles/page.mdx:11: <Figure> needs a caption');
		expect(message).toContain('content/articles/page.mdx:11: <Figure> holds no image');
	});
});

describe('imageSizes', () => {
	test("tells the browser each image is shown at most at the article column's width", () => {
		const { html } = markdownToHtml('![A chart](./figures/chart.png)', { hastPlugins: [imageSizes()] });
		expect(html).toContain(`sizes="${ARTICLE_IMAGE_SIZES}"`);
	});
});

describe('tableAlignment', () => {
	test("turns each aligned column's style into a class on its cells, and leaves other columns alone", () => {
		const { html } = render('| a | b | c | d |\n| :- | :-: | -: | - |\n| 1 | 2 | 3 | 4 |\n');
		expect(html).not.toContain('style=');
		expect(html).toContain('<th class="align-left">a</th>');
		expect(html).toContain('<td class="align-center">2</td>');
		expect(html).toContain('<td class="align-right">3</td>');
		expect(html).toContain('<td>4</td>');
	});
});

describe('codeClasses', () => {
	test("maps the css-variables theme's token colours and font styles to classes, and drops what the stylesheet sets", () => {
		expect(classesForStyle('color:var(--astro-code-token-keyword)')).toEqual(['tok-keyword']);
		expect(classesForStyle('color: var(--astro-code-token-string-expression); font-style: italic')).toEqual([
			'tok-string-expression',
			'tok-italic',
		]);
		expect(classesForStyle('background-color:var(--astro-code-background);color:var(--astro-code-foreground); overflow-x: auto;')).toEqual(
			[],
		);
	});

	test("turns off Shiki's time limit per line, which made highlighting depend on the machine's speed", () => {
		const options: { tokenizeTimeLimit?: number } = {};
		codeClasses().preprocess('const a = 1;', options);
		expect(options.tokenizeTimeLimit).toBe(0);
	});

	test('stops the build on a style it has no class for, instead of dropping it', () => {
		expect(() => classesForStyle('color:#ff0000')).toThrow('"color:#ff0000"');
		expect(() => classesForStyle('color:var(--astro-code-ansi-red)')).toThrow('Content-Security-Policy');
	});
});

describe('taskListLabels', () => {
	test("names each task's checkbox after the task's text, keeping its state", () => {
		const tight = render('- [ ] Name the **sponsor**.\n- [x] Agree the scope.\n').html;
		expect(tight).toContain('<input type="checkbox" disabled aria-label="Name the sponsor.">');
		expect(tight).toContain('<input type="checkbox" checked disabled aria-label="Agree the scope.">');
		const loose = render('- [ ] Name the sponsor.\n\n- [ ] Agree the scope.\n\n- Not a task.\n').html;
		expect(loose).toContain('<input type="checkbox" disabled aria-label="Agree the scope.">');
		expect(loose).toMatch(/<li>\s*(<p>)?Not a task\.(<\/p>)?\s*<\/li>/);
		const nested = render('- [x] Set up the office\n  - [ ] Hire staff\n').html;
		expect(nested).toContain('<input type="checkbox" checked disabled aria-label="Set up the office">');
		expect(nested).toContain('<input type="checkbox" disabled aria-label="Hire staff">');
	});
});

describe('wordCount', () => {
	test('counts the words of headings, prose, links, tables and code, not the markup', () => {
		const { words } = render(
			'## Two words\n\nThe [SRO](/glossary/sro/) signs **it** off.\n\n| Role | Cadence |\n| --- | --- |\n| PMO analyst | Weekly |\n\n```\nnpm test\n```\n',
		);
		expect(words).toBe(2 + 5 + 2 + 3 + 2);
	});

	test('is zero for a page with no text', () => {
		expect(render('<!-- nothing yet -->\n').words).toBe(0);
	});
});
