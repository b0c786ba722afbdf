import { z } from 'astro/zod';
import { LEVELS, TIERS, TOPIC_IDS } from '../consts';
import { kebab, text, name, level, day, source, type Ref } from './fields';

// Articles and role pages: the Markdown and MDX pages of the site, which share every field but their own few.

/** Fields every page of the site carries, whatever its collection. */
const pageFields = (ref: Ref) => ({
	/** Fixes the page's URL (default: the file name), so that renaming the file keeps links working. */
	slug: z
		.string()
		.regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/, 'A slug is lowercase words joined by hyphens.')
		.optional(),
	title: name(),
	/** Shown in search results and as the meta description. */
	description: text().min(20).max(200),
	tags: z.array(z.string().regex(kebab, 'Tags are lowercase kebab-case, e.g. "benefits-realisation".')).default([]),
	/** Last changed; drives "last updated" and the feed. Defaults to the date of the file's last commit. */
	updated: day().optional(),
	/** When an editor last checked every fact on the page against its sources; shown as "last reviewed". */
	reviewed: day(),
	sources: z.array(source).min(1, 'List at least one source.'),
	/** Other articles worth reading next. */
	related: z.array(ref('articles')).default([]),
	/** Position within its topic; lower comes first. */
	order: z.number().int().default(100),
	/** Drafts are left out of the build. */
	draft: z.boolean().default(false),
});

/** An article: a page under a topic. */
export const articleSchema = (ref: Ref) =>
	z.strictObject({
		...pageFields(ref),
		topic: z.enum(TOPIC_IDS),
		/** Career levels the page is most useful to. */
		audience: z
			.array(level)
			.min(1)
			.default([...LEVELS]),
	});

/** A role description, placed on the career ladder and in a PMO tier. */
export const roleSchema = (ref: Ref) =>
	z.strictObject({
		...pageFields(ref),
		purpose: text(),
		responsibilities: z.array(text()).min(1),
		skills: z.array(text()).min(1),
		level,
		tier: z.enum(TIERS),
		alternative_titles: z.array(name()).default([]),
		/** The role this one usually reports to; absent for the top of the ladder. */
		reports_to: ref('roles').optional(),
	});
