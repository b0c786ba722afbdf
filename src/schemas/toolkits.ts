import { z } from 'astro/zod';
import { text, name, type Ref } from './fields';

// Tabular templates in content/toolkits/, shown with <Toolkit id="…" /> and downloadable as CSV.

const cell = z.union([z.string(), z.number()]);

export const toolkitSchema = (ref: Ref) =>
	z
		.strictObject({
			title: name(),
			description: text(),
			/** The practice article the template belongs to. */
			practice: ref('articles'),
			columns: z
				.array(
					z.strictObject({
						key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'Column keys are lowercase snake_case.'),
						label: name(),
						description: text(),
					}),
				)
				.min(1),
			rows: z.array(z.record(z.string(), cell)).default([]),
		})
		.superRefine((toolkit, ctx) => {
			const keys = new Set(toolkit.columns.map((column) => column.key));
			if (keys.size !== toolkit.columns.length) {
				ctx.addIssue({ code: 'custom', path: ['columns'], message: 'Column keys must be unique.' });
			}
			toolkit.rows.forEach((row, index) => {
				for (const key of Object.keys(row)) {
					if (!keys.has(key)) {
						ctx.addIssue({ code: 'custom', path: ['rows', index, key], message: `"${key}" is not a column key.` });
					}
				}
			});
		});
