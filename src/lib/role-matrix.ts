/** What the matrix needs of a role. */
export interface MatrixRole {
	id: string;
	data: { title: string; level: number; tier: string };
}

/** Places roles in a grid of career level (rows, 1 to 4) by PMO tier (columns), each cell sorted by title. */
export function roleMatrix<T extends MatrixRole>(roles: readonly T[], tiers: readonly string[]): Array<{ level: number; cells: T[][] }> {
	return [1, 2, 3, 4].map((level) => ({
		level,
		cells: tiers.map((tier) =>
			roles
				.filter((role) => role.data.level === level && role.data.tier === tier)
				.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en')),
		),
	}));
}
