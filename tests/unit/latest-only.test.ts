import { describe, expect, test } from 'vitest';
import { latestOnly } from '../../src/lib/latest-only';

/** A search whose answers arrive only when the test releases them, recording which terms it ran. */
function controlledSearch() {
	const ran: string[] = [];
	const pending: Array<() => void> = [];
	const search = (term: string) =>
		new Promise<string>((resolve) => {
			ran.push(term);
			pending.push(() => resolve(`results for ${term}`));
		});
	/** Lets the engine answer the search it is running, once that search has started. */
	const finishNext = async () => {
		await expect.poll(() => pending.length).toBeGreaterThan(0);
		pending.shift()!();
	};
	return { search, ran, finishNext };
}

describe('latestOnly', () => {
	test('runs a lone call and resolves with its result', async () => {
		const engine = controlledSearch();
		const search = latestOnly(engine.search);
		const answer = search('raci');
		await engine.finishNext();
		await expect(answer).resolves.toBe('results for raci');
	});

	test('runs one call at a time and skips the calls overtaken while they waited', async () => {
		const engine = controlledSearch();
		const search = latestOnly(engine.search);
		const first = search('b');
		await expect.poll(() => engine.ran).toEqual(['b']);
		const later = ['be', 'ben', 'bene'].map((term) => search(term));
		await engine.finishNext();
		await engine.finishNext();
		expect(await Promise.all([first, ...later])).toEqual(['results for b', null, null, 'results for bene']);
		expect(engine.ran).toEqual(['b', 'bene']);
	});

	test('skips a call overtaken before it started', async () => {
		const engine = controlledSearch();
		const search = latestOnly(engine.search);
		const answers = [search('p'), search('pm'), search('pmo')];
		await engine.finishNext();
		expect(await Promise.all(answers)).toEqual([null, null, 'results for pmo']);
		expect(engine.ran).toEqual(['pmo']);
	});

	test('keeps going after a call fails', async () => {
		let fail = true;
		const search = latestOnly(async (term: string) => {
			if (fail) throw new Error('engine failed');
			return term;
		});
		await expect(search('first')).rejects.toThrow('engine failed');
		fail = false;
		await expect(search('second')).resolves.toBe('second');
	});

	test('starts a call made after the last one finished at once', async () => {
		const engine = controlledSearch();
		const search = latestOnly(engine.search);
		const first = search('pmo');
		await engine.finishNext();
		await first;
		const second = search('p3o');
		await engine.finishNext();
		await expect(second).resolves.toBe('results for p3o');
		expect(engine.ran).toEqual(['pmo', 'p3o']);
	});
});
