/** The two builds the browser tests run against: one at the root, one under a sub-path. */
export const SITES = {
	root: { port: 4321, base: '/', outDir: 'dist' },
	kb: { port: 4322, base: '/kb/', outDir: 'dist-kb' },
};
