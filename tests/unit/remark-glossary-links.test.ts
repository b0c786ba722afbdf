import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { remarkGlossaryLinks } from '../../src/plugins/remark-glossary-links';

const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
const glossaryFile = join(dir, 'glossary.yaml');
writeFileSync(
	glossaryFile,
	'- id: sro\n  term: Senior Responsible Owner\n  abbreviation: SRO\n  definition: x\n  page: /articles/sro-guide/\n- id: raid\n  term: RAID log\n  definition: y\n',
);

const text = (value: string) => ({ type: 'text' as const, value });
const paragraph = (...children: Root['children'][number][]) => ({ type: 'paragraph', children }) as Root['children'][number];

function run(tree: Root, path = join(dir, 'articles/other.mdx')): Root {
	remarkGlossaryLinks({ glossaryFile, contentDir: dir })(tree, { path, data: {} });
	return tree;
}

describe('remarkGlossaryLinks', () => {
	test('links the first mention only, with an abbr for an abbreviation', () => {
		const tree = run({ type: 'root', children: [paragraph(text('Ask the SRO. The SRO decides, using the RAID log.'))] });
		expect(tree.children[0]).toMatchObject({
			children: [
				{ type: 'text', value: 'Ask the ' },
				{ type: 'link', url: '/glossary/sro/', children: [{ value: 'SRO', data: { hName: 'abbr', hProperties: { title: 'Senior Responsible Owner' } } }] },
				{ type: 'text', value: '. The SRO decides, using the ' },
				{ type: 'link', url: '/glossary/raid/', children: [{ type: 'text', value: 'RAID log' }] },
				{ type: 'text', value: '.' },
			],
		});
	});

	test('never links inside headings, links or code', () => {
		const tree = run({
			type: 'root',
			children: [
				{ type: 'heading', depth: 2, children: [text('The SRO')] },
				paragraph({ type: 'link', url: '/x/', children: [text('SRO')] }, { type: 'inlineCode', value: 'SRO' }),
				{ type: 'code', value: 'SRO' },
			],
		});
		expect(JSON.stringify(tree)).not.toContain('/glossary/');
	});

	test('does not link a term on the page that explains it', () => {
		const tree = run({ type: 'root', children: [paragraph(text('The SRO and the RAID log.'))] }, join(dir, 'articles/sro-guide.mdx'));
		expect(JSON.stringify(tree)).not.toContain('/glossary/sro/');
		expect(JSON.stringify(tree)).toContain('/glossary/raid/');
	});
});
