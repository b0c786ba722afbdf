import { z } from 'astro/zod';
import { kebab, text, name, source, type Ref } from './fields';

// The terms of content/glossary.yaml, each published at /glossary/<id>/.

export const glossarySchema = (ref: Ref) =>
	z.strictObject({
		id: z.string().regex(kebab, 'Glossary ids are lowercase kebab-case.'),
		term: name(),
		abbreviation: name().optional(),
		definition: text(),
		see_also: z.array(ref('glossary')).default([]),
		/** The site page that explains the term best, as a root-relative path. */
		page: z.string().startsWith('/', 'A glossary page is a root-relative path such as /articles/p3o-model/.').optional(),
		/** Where the definition comes from, when no page of the site that uses the term already cites it. */
		sources: z.array(source).default([]),
	});
