import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Several tests run real builds of fixture sites, in parallel on a two-core machine.
		testTimeout: 60_000,
	},
});
