// Lint rules: the recommended sets of ESLint, typescript-eslint and eslint-plugin-astro, without type-aware
// rules (astro check already type-checks, and type-aware linting would double the time of npm test).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist*/', '.astro/', 'node_modules/', 'tests/fixtures/.tmp/', '*.staging/', '*.previous/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
