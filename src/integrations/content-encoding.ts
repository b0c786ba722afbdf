import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { invalidUtf8Line } from '../lib/encoding';

/** The content files Astro reads as text; images beside the pages are binary. */
const TEXT_FILE = /\.(md|mdx|ya?ml)$/;

/**
 * Astro decodes content files as UTF-8 and silently replaces bytes it cannot read. This integration checks
 * every text file in the content folder before anything is built and stops on the first line that is not UTF-8.
 */
export function contentEncoding(contentDir: string): AstroIntegration {
	return {
		name: 'pmo-kb:content-encoding',
		hooks: {
			'astro:config:setup': () => {
				const problems = readdirSync(contentDir, { recursive: true, withFileTypes: true })
					.filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name))
					.flatMap((entry) => {
						const file = join(entry.parentPath, entry.name);
						const line = invalidUtf8Line(readFileSync(file));
						return line === undefined ? [] : [`${file}:${line}: not valid UTF-8; save the file with UTF-8 encoding.`];
					});
				if (problems.length) {
					throw new AstroError(
						`Content files must be UTF-8:\n  - ${problems.join('\n  - ')}`,
						'Open each file in your editor and save it with UTF-8 encoding (in VS Code: "Save with Encoding", then UTF-8).',
					);
				}
			},
		},
	};
}
