/**
 * GitHub-flavoured Markdown cases for tests/unit/gfm-conformance.test.ts: the GFM specification's examples
 * for tables, task lists, strikethrough and extended autolinks (numbered as in the spec, version 0.29-gfm),
 * then footnotes (which the spec does not cover) and cases of our own.
 */
export const GFM_CASES: Array<{ name: string; markdown: string; notMdx?: string }> = [
	{ name: 'spec 198: a table', markdown: '| foo | bar |\n| --- | --- |\n| baz | bim |\n' },
	{ name: 'spec 199: aligned columns, no outer pipes', markdown: '| abc | defghi |\n:-: | -----------:\nbar | baz\n' },
	{ name: 'spec 200: escaped pipes in cells and code', markdown: '| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n' },
	{ name: 'spec 201: a block quote ends the table', markdown: '| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n' },
	{ name: 'spec 202: a blank line ends the table', markdown: '| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n' },
	{ name: 'spec 203: a delimiter row that does not match is no table', markdown: '| abc | def |\n| --- |\n| bar |\n' },
	{ name: 'spec 204: short rows are padded, long rows cut', markdown: '| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n' },
	{ name: 'spec 205: a table with no body', markdown: '| abc | def |\n| --- | --- |\n' },
	{ name: 'spec 279: a task list', markdown: '- [ ] foo\n- [x] bar\n' },
	{ name: 'spec 280: nested task lists', markdown: '- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n' },
	{ name: 'spec 491: strikethrough with two tildes and one', markdown: '~~Hi~~ Hello, ~there~ world!\n' },
	{ name: 'spec 492: strikethrough does not cross paragraphs', markdown: 'This ~~has a\n\nnew paragraph~~.\n' },
	{ name: 'spec 493: three tildes do not strike', markdown: 'This will ~~~not~~~ strike.\n' },
	{ name: 'spec 621: a www autolink', markdown: 'www.commonmark.org\n' },
	{ name: 'spec 622: trailing punctuation is not part of the link', markdown: 'Visit www.commonmark.org/help for more information.\n' },
	{ name: 'spec 623: a final full stop is left out', markdown: 'Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.\n' },
	{
		name: 'spec 624: balanced parentheses stay in the link',
		markdown:
			'www.google.com/search?q=Markup+(business)\n\nwww.google.com/search?q=Markup+(business)))\n\n(www.google.com/search?q=Markup+(business))\n\n(www.google.com/search?q=Markup+(business)\n',
	},
	{ name: 'spec 625: parentheses inside the link', markdown: 'www.google.com/search?q=(business))+ok\n' },
	{
		name: 'spec 626: an entity-like ending is left out',
		markdown: 'www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;\n',
	},
	{ name: 'spec 627: a < ends the link', markdown: 'www.commonmark.org/he<lp\n', notMdx: 'in MDX, < opens a JSX tag' },
	{
		name: 'spec 628: http and https autolinks',
		markdown: 'http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))\n',
	},
	{ name: 'spec 629: an email autolink', markdown: 'foo@bar.baz\n' },
	{
		name: 'spec 630: a plus sign is allowed before the @ only',
		markdown: "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.\n",
	},
	{ name: 'spec 631: email endings', markdown: 'a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_\n' },
	{ name: 'footnote: a reference and its note', markdown: 'Here is a note.[^1]\n\n[^1]: The note.\n' },
	{
		name: 'footnote: one note referred to twice, labels matched without case',
		markdown: 'First[^Note] and again[^note].\n\n[^note]: Shared.\n',
	},
	{
		name: 'footnote: a note of two paragraphs with a list',
		markdown: 'Text.[^long]\n\n[^long]: First paragraph.\n\n    Second paragraph.\n\n    - a point\n',
	},
	{
		name: 'footnote: an undefined reference stays text, an unused note is dropped',
		markdown: 'Missing[^nope].\n\n[^unused]: Never referred to.\n',
	},
	{ name: 'footnote: notes are numbered in order of first reference', markdown: 'B[^b] then A[^a].\n\n[^a]: Note A.\n[^b]: Note B.\n' },
	{
		name: 'ours: inline formatting, links and code inside cells',
		markdown:
			'| Role | Detail |\n| :--- | ---: |\n| **PMO** lead | [guide](/articles/p3o-model/) and `code` |\n| ~~old~~ | www.example.org |\n',
	},
	{ name: 'ours: a table inside a list item', markdown: '- Item\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n' },
	{ name: 'ours: a task list in a loose list, with a plain item', markdown: '- [ ] First\n\n- [x] Second\n\n- Not a task\n' },
	{ name: 'ours: an ordered task list', markdown: '1. [x] Done\n2. [ ] To do\n' },
	{ name: 'ours: a checkbox not at the start is text', markdown: '- foo [ ] bar\n- [ ]\n' },
	{ name: 'ours: strikethrough with emphasis inside and outside', markdown: '*~~both~~* and ~~**strong**~~\n' },
	{
		name: 'ours: autolinks next to punctuation and in parentheses',
		markdown: 'See (https://example.org/a_(b)) and https://example.org/x?y=1, then stop.\n',
	},
	{
		name: 'ours: a URL inside a link is not linked twice',
		markdown: '[https://example.org](https://example.org/) and <https://example.com>\n',
		notMdx: 'MDX has no <url> autolinks: < opens a JSX tag',
	},
	{
		name: 'ours: headings, emphasis and a block quote around GFM',
		markdown: '## A heading\n\n> ~~quoted~~ www.example.org\n\nSome *text*.\n',
	},
];
