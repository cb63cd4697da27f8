import { buildOrgUnitTree, childKindOf, orgUnitLabel } from './org-unit-tree';
import type { OrgUnit } from './org-units.contract';

const unit = (orgUnitId: string, parentId: string | null, order: number, extra: Partial<OrgUnit> = {}): OrgUnit => ({
  orgUnitId,
  name: orgUnitId,
  kind: 'class',
  parentId,
  order,
  stage: null,
  years: null,
  archived: false,
  ...extra,
});

const units = [
  unit('c2', 'b1', 1),
  unit('college', null, 0, { kind: 'college' }),
  unit('b1', 'college', 0, { kind: 'branch' }),
  unit('c1', 'b1', 0),
  unit('old', 'b1', 2, { archived: true }),
  unit('orphan', 'gone', 0),
];

test('children come ordered, archived units are hidden unless asked, orphans surface at the root', () => {
  const tree = buildOrgUnitTree(units);
  expect(tree.childrenOf('b1').map((u) => u.orgUnitId)).toEqual(['c1', 'c2']);
  expect(tree.childrenOf(null).map((u) => u.orgUnitId)).toEqual(['college', 'orphan']);
  expect(buildOrgUnitTree(units, { includeArchived: true }).childrenOf('b1')).toHaveLength(3);
  expect(tree.flatten().map(({ unit, depth }) => `${depth}:${unit.orgUnitId}`)).toEqual(['0:college', '1:b1', '2:c1', '2:c2', '0:orphan']);
});

test('labels drop the college; unknown ids say so', () => {
  const tree = buildOrgUnitTree(units);
  expect(orgUnitLabel(tree, 'c1')).toBe('b1 / c1');
  expect(orgUnitLabel(tree, 'college')).toBe('college');
  expect(orgUnitLabel(tree, 'nope')).toBe('已删除的组织');
  expect(orgUnitLabel(tree, null)).toBe('未填写');
});

test('children kinds follow 学院 → 团支部 → 班级', () => {
  expect([null, 'college', 'committee', 'branch', 'class'].map((k) => childKindOf(k as never))).toEqual([
    'college',
    'branch',
    'branch',
    'class',
    null,
  ]);
});
