import { z } from 'astro/zod';
import { kebab, text, name, level, type Ref } from './fields';

// The four career levels of content/levels.yaml.

export const levelSchema = (ref: Ref) =>
	z.strictObject({
		id: z.string().regex(kebab, 'Level ids are lowercase kebab-case.'),
		level,
		name: name(),
		focus: text(),
		summary: text(),
		/** The article that walks through this level. */
		article: ref('articles'),
		job_titles: z.array(z.strictObject({ title: name(), role: ref('roles').optional() })).min(1),
	});
