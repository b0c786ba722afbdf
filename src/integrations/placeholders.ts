import type { AstroIntegration } from 'astro';
import { placeholdersIn } from '../data/placeholders';
import { placeholderMessage } from '../lib/placeholders';

/**
 * A production build stops before anything is built when a page, glossary entry or toolkit still holds a
 * placeholder of `npm run new`, naming each file and line. `astro dev` does not stop: it shows such pages marked
 * unfinished, so that authors can preview them while they write.
 */
export function noPlaceholders(contentDir: string): AstroIntegration {
	return {
		name: 'pmo-kb:no-placeholders',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				const found = placeholdersIn(contentDir);
				if (found.length) throw new Error(placeholderMessage(found));
			},
		},
	};
}
