import { describe, expect, test } from 'vitest';
import { roleMatrix } from '../../src/lib/role-matrix';

const role = (id: string, level: number, tier: string) => ({ id, data: { title: id, level, tier } });

describe('roleMatrix', () => {
	test('puts each role in the cell of its level and tier, with empty cells kept', () => {
		const matrix = roleMatrix([role('b', 2, 'project'), role('a', 2, 'project'), role('c', 4, 'enterprise')], ['project', 'enterprise']);
		expect(matrix.map((row) => row.level)).toEqual([1, 2, 3, 4]);
		expect(matrix[1]!.cells[0]!.map((r) => r.id)).toEqual(['a', 'b']);
		expect(matrix[3]!.cells[1]!.map((r) => r.id)).toEqual(['c']);
		expect(matrix[0]!.cells).toEqual([[], []]);
	});
});
