import { isBlank } from './text.ts';

/** An old address and the page that replaced it, as `content/redirects.yaml` lists them. */
interface Redirect {
	from: string;
	to: string;
	why: string;
}

const PAGE_PATH = /^\/(?:[a-z0-9-]+\/)+$/;

/**
 * Checks the parsed redirects file and returns Astro's `redirects` map, or throws one error listing every
 * entry that is not a root-relative page path (with its trailing slash), points to itself, repeats an old
 * address, or gives no reason.
 */
export function redirectMap(file: string, entries: unknown): Record<string, string> {
	if (!Array.isArray(entries)) throw new Error(`${file}: expected a YAML list of redirects ("- from: … to: … why: …").`);
	const problems: string[] = [];
	const map: Record<string, string> = {};
	entries.forEach((entry: Partial<Redirect> | null, index) => {
		const at = `${file}: redirect ${index + 1}`;
		const { from, to, why } = entry ?? {};
		for (const [field, value] of Object.entries({ from, to })) {
			if (typeof value !== 'string' || !PAGE_PATH.test(value))
				problems.push(`${at}: ${field} must be a page path such as /roles/pmo-manager/, got ${JSON.stringify(value)}.`);
		}
		if (typeof why !== 'string' || isBlank(why))
			problems.push(`${at}: why: found ${JSON.stringify(why ?? null)}; expected a sentence saying why the address moved.`);
		if (typeof from !== 'string' || typeof to !== 'string') return;
		if (from === to) problems.push(`${at}: ${from} redirects to itself.`);
		if (from in map) problems.push(`${at}: ${from} is listed twice.`);
		map[from] = to;
	});
	if (problems.length) throw new Error(`${problems.length} problem(s) in the redirects:\n  - ${problems.join('\n  - ')}`);
	return map;
}
