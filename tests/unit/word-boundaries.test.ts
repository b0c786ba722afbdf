import { describe, expect, test } from 'vitest';
import { spaceBlockBoundaries } from '../../src/lib/word-boundaries';

describe('spaceBlockBoundaries', () => {
	test('separates the text of adjacent blocks, cells and terms', () => {
		expect(spaceBlockBoundaries('<summary>means</summary><dl><dt>Benefit</dt><dd>The</dd></dl>')).toBe(
			' <summary>means </summary> <dl> <dt>Benefit </dt> <dd>The </dd> </dl>',
		);
		expect(spaceBlockBoundaries('<tr><th>ID</th><th>Owner</th></tr>')).toBe(' <tr> <th>ID </th> <th>Owner </th> </tr>');
		expect(spaceBlockBoundaries('one<br>two')).toBe('one <br>two');
	});

	test('leaves inline elements inside a word alone', () => {
		const html = 'un<em>usual</em> <a href="/x/">link</a>ed <code>x</code>';
		expect(spaceBlockBoundaries(html)).toBe(html);
	});

	test('does not touch attribute values, scripts or styles', () => {
		expect(spaceBlockBoundaries('<p title="a<div>b">x</p>')).toBe(' <p title="a<div>b">x </p>');
		const raw = '<script type="application/ld+json">{"a":"<div>"}</script><style>p>a{}</style>';
		expect(spaceBlockBoundaries(raw)).toBe(raw);
	});
});
