// In a module of its own, with no imports, so that browser code can use it without the scaffolder's YAML parser.

/** The URL slug for a title: lowercase ASCII letters and digits joined by single hyphens (`P3O® model` → `p3o-model`). */
export function slugFor(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
