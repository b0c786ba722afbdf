import { describe, expect, test } from 'vitest';
import { glossaryProblems } from '../../src/lib/glossary';

describe('glossaryProblems', () => {
	test('accepts distinct terms and abbreviations', () => {
		expect(glossaryProblems([{ id: 'pmo', term: 'Project management office', abbreviation: 'PMO' }, { id: 'sro', term: 'Senior Responsible Owner', abbreviation: 'SRO' }])).toEqual([]);
	});

	test('reports a term used twice, ignoring case', () => {
		const problems = glossaryProblems([{ id: 'a', term: 'Portfolio' }, { id: 'b', term: 'portfolio' }]);
		expect(problems).toEqual(['b: "portfolio" is already used by the entry "a".']);
	});

	test('reports an abbreviation that clashes with another entry', () => {
		expect(glossaryProblems([{ id: 'a', term: 'X', abbreviation: 'PM' }, { id: 'b', term: 'Y', abbreviation: 'pm' }])).toHaveLength(1);
	});

	test('reports an entry that lists itself under see_also', () => {
		expect(glossaryProblems([{ id: 'a', term: 'A', see_also: [{ id: 'a' }] }])).toEqual(['a: see_also lists the entry itself.']);
	});
});
