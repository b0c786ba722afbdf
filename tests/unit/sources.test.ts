import { describe, expect, test } from 'vitest';
import { uniqueSources } from '../../src/lib/sources';

describe('uniqueSources', () => {
	test('keeps the first of sources with the same title and publisher, sorted by title', () => {
		const sources = [
			{ title: 'Zeta', publisher: 'P', year: 2020 },
			{ title: 'alpha', publisher: 'Q' },
			{ title: 'Zeta', publisher: 'p', year: 1999 },
		];
		expect(uniqueSources(sources)).toEqual([
			{ title: 'alpha', publisher: 'Q' },
			{ title: 'Zeta', publisher: 'P', year: 2020 },
		]);
	});
});
