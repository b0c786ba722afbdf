/**
 * Wraps an async function so that at most one call runs at a time. A call waits for the one before it, and
 * resolves to null without running if a newer call has arrived by the time its turn comes.
 * Search-as-you-type with a short pause makes a call for nearly every key a reader types; Pagefind's
 * worker runs every search it is sent, one after another, so a reader typing faster than the engine
 * answers would otherwise wait for a queue of searches for words they have already typed past.
 */
export function latestOnly<Args extends unknown[], Result>(
	run: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result | null> {
	let running: Promise<unknown> = Promise.resolve();
	let latest = 0;
	return (...args) => {
		const call = ++latest;
		const turn = running.then(() => (call === latest ? run(...args) : null));
		running = turn.catch(() => undefined);
		return turn;
	};
}
