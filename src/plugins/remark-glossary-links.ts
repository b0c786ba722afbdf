import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import yaml from 'js-yaml';
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { type GlossaryTerm, termFinder, type TermMatch } from '../lib/glossary';
import { idFromPath } from './unique-ids';

/** Nodes whose text is never linked: headings, existing links, code, and MDX components or expressions. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html', 'definition', 'footnoteDefinition', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

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

/**
 * Links the first mention of each glossary term or abbreviation in a page to the term's glossary page,
 * wrapping abbreviations in `<abbr title="…">`. A page that the glossary names as a term's explanation
 * does not link that term to its own summary.
 */
export function remarkGlossaryLinks({ glossaryFile, contentDir }: { glossaryFile: string; contentDir: string }) {
	return (tree: Root, file: { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
		const { terms, find } = loadGlossary(glossaryFile);
		const self = file.path ? pageUrlOf(relative(contentDir, file.path), file.data.astro?.frontmatter?.slug) : undefined;
		const linked = new Set(terms.filter((term) => term.page && term.page === self).map((term) => term.id));
		linkIn(tree, find, linked);
	};
}

function pageUrlOf(path: string, slug: unknown): string | undefined {
	const [collection, ...rest] = path.split('/');
	if (!rest.length || path.startsWith('..')) return undefined;
	return `/${collection}/${typeof slug === 'string' ? slug : idFromPath(rest.join('/'))}/`;
}

function linkIn(parent: Parent, find: (text: string) => TermMatch[], linked: Set<string>): void {
	const children: Parent['children'] = [];
	for (const child of parent.children) {
		if (child.type === 'text') children.push(...splitText(child, find, linked));
		else {
			if ('children' in child && !SKIP.has(child.type)) linkIn(child, find, linked);
			children.push(child);
		}
	}
	parent.children = children;
}

function splitText(node: Text, find: (text: string) => TermMatch[], linked: Set<string>): PhrasingContent[] {
	const parts: PhrasingContent[] = [];
	let at = 0;
	for (const match of find(node.value)) {
		if (linked.has(match.id)) continue;
		linked.add(match.id);
		if (match.start > at) parts.push({ type: 'text', value: node.value.slice(at, match.start) });
		const words = node.value.slice(match.start, match.end);
		parts.push({
			type: 'link',
			url: `/glossary/${match.id}/`,
			data: { hProperties: { className: ['glossary-link'] } },
			children: [
				match.expansion
					? ({ type: 'text', value: words, data: { hName: 'abbr', hProperties: { title: match.expansion } } } as Text)
					: { type: 'text', value: words },
			],
		});
		at = match.end;
	}
	if (at === 0) return [node];
	if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
	return parts;
}
