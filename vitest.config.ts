import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// An upper bound that only stops a test that hangs, set well above what a busy two-core machine needs for
		// a test that spawns `npm run new`. Fixture builds set a larger limit of their own.
		testTimeout: 120_000,
	},
});
