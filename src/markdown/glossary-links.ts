import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElementContent } from 'hast';
import yaml from 'js-yaml';
import { defineHastPlugin, type HastVisitorContext, type PluginFactoryContext } from 'satteri';
import { type GlossaryTerm, termFinder, type TermMatch } from '../lib/glossary.ts';
import { entryId } from '../lib/entry-id.ts';
import { entryPath, glossaryTermPath } from '../lib/routes.ts';

/** Text inside these is never linked: headings, links, code, abbreviations, and embedded graphics. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'abbr', 'svg', 'script', 'style']);

interface GlossaryEntry extends GlossaryTerm {
	page?: string;
}

let cache: { mtime: number; terms: GlossaryEntry[]; find: (text: string) => TermMatch[] } | undefined;

/** Reads the glossary once, and again only when the file changes (in `astro dev`). */
function loadGlossary(file: string) {
	const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
	if (cache?.mtime !== mtime) {
		const terms = mtime ? ((yaml.load(readFileSync(file, 'utf8')) as GlossaryEntry[] | null) ?? []) : [];
		cache = { mtime, terms, find: termFinder(terms) };
	}
	return cache;
}

/** The site URL of the page compiled from `file`, if it is an article or role. */
function pageUrlOf(file: string, contentDir: string, slug: unknown): string | undefined {
	const [collection, ...rest] = relative(contentDir, file).split('/');
	return rest.length && !collection?.startsWith('..')
		? entryPath(collection as 'articles' | 'roles', entryId(rest.join('/'), slug))
		: undefined;
}

function isSkipped(node: Parameters<HastVisitorContext['parent']>[0], ctx: HastVisitorContext): boolean {
	for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
		if (parent.type === 'element' ? SKIP.has(parent.tagName) : parent.type !== 'root') return true;
	}
	return false;
}

/**
 * Links the first mention of each glossary term or abbreviation in a page to the term's glossary page,
 * wrapping abbreviations in `<abbr title="…">`. A page that the glossary names as a term's explanation
 * does not link that term to its own summary.
 */
export function glossaryLinks({ glossaryFile, contentDir }: { glossaryFile: string; contentDir: string }) {
	return ({ fileURL, data }: PluginFactoryContext) => {
		const { terms, find } = loadGlossary(glossaryFile);
		const slug = (data as { astro?: { frontmatter?: { slug?: unknown } } }).astro?.frontmatter?.slug;
		const self = fileURL ? pageUrlOf(fileURLToPath(fileURL), contentDir, slug) : undefined;
		const linked = new Set(terms.filter((term) => term.page && term.page === self).map((term) => term.id));
		return defineHastPlugin({
			name: 'pmo-kb:glossary-links',
			text(node, ctx) {
				const matches = find(node.value).filter((match) => !linked.has(match.id));
				if (!matches.length || isSkipped(node, ctx)) return;
				const parts: ElementContent[] = [];
				let at = 0;
				for (const match of matches) {
					if (linked.has(match.id)) continue;
					linked.add(match.id);
					if (match.start > at) parts.push({ type: 'text', value: node.value.slice(at, match.start) });
					const words: ElementContent = { type: 'text', value: node.value.slice(match.start, match.end) };
					parts.push({
						type: 'element',
						tagName: 'a',
						properties: { href: glossaryTermPath(match.id), className: ['glossary-link'] },
						children: [
							match.expansion ? { type: 'element', tagName: 'abbr', properties: { title: match.expansion }, children: [words] } : words,
						],
					});
					at = match.end;
				}
				if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
				ctx.replaceNode(node, parts);
			},
		});
	};
}
