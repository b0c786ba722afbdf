// Lint rules: the recommended sets of ESLint, typescript-eslint and eslint-plugin-astro, without type-aware
// rules (astro check already type-checks, and type-aware linting would double the time of npm test).
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// What git ignores (builds, benchmark output, fixture copies) is not ours to lint.
	includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url))),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
