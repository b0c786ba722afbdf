import { describe, expect, test } from 'vitest';
import { glossaryProblems, termFinder } from '../../src/lib/glossary';

describe('glossaryProblems', () => {
	test('accepts distinct terms and abbreviations', () => {
		expect(
			glossaryProblems([
				{ id: 'pmo', term: 'Project management office', abbreviation: 'PMO' },
				{ id: 'sro', term: 'Senior Responsible Owner', abbreviation: 'SRO' },
			]),
		).toEqual([]);
	});

	test('reports a term used twice, ignoring case', () => {
		const problems = glossaryProblems([
			{ id: 'a', term: 'Portfolio' },
			{ id: 'b', term: 'portfolio' },
		]);
		expect(problems).toEqual(['b: "portfolio" is already used by the entry "a".']);
	});

	test('reports an abbreviation that clashes with another entry', () => {
		expect(
			glossaryProblems([
				{ id: 'a', term: 'X', abbreviation: 'PM' },
				{ id: 'b', term: 'Y', abbreviation: 'pm' },
			]),
		).toHaveLength(1);
	});

	test('reports an entry that lists itself under see_also', () => {
		expect(glossaryProblems([{ id: 'a', term: 'A', see_also: [{ id: 'a' }] }])).toEqual(['a: see_also lists the entry itself.']);
	});
});

describe('termFinder', () => {
	const find = termFinder([
		{ id: 'pmo', term: 'Project management office', abbreviation: 'PMO' },
		{ id: 'project', term: 'Project' },
		{ id: 'sro', term: 'Senior Responsible Owner', abbreviation: 'SRO' },
	]);

	test('gives the same matches however many texts it has searched before', () => {
		const text = 'The SRO and the PMO.';
		const first = find(text);
		find('A project management office');
		expect(find(text)).toEqual(first);
		expect(first.map((match) => match.id)).toEqual(['sro', 'pmo']);
	});

	test('matches terms in any case and abbreviations only in their own case', () => {
		expect(find('A project management office, or PMO, differs from a pmo.')).toEqual([
			{ start: 2, end: 27, id: 'pmo' },
			{ start: 32, end: 35, id: 'pmo', expansion: 'Project management office' },
		]);
	});

	test('prefers the longest name and matches whole words only', () => {
		expect(find('Projects and the project office')).toEqual([{ start: 17, end: 24, id: 'project' }]);
		expect(find('SROs report to the SRO.')).toEqual([{ start: 19, end: 22, id: 'sro', expansion: 'Senior Responsible Owner' }]);
	});
});
