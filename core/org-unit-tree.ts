import type { OrgUnit, OrgUnitKind } from './org-units.contract';

/**
 * The org-unit tree from `listOrgUnits`' flat list: pure helpers the binding form's picker and
 * the admin tree editor share. Archived (graduated) classes are left out unless asked for.
 */
export interface OrgUnitTree {
  byId: Map<string, OrgUnit>;
  /** Children of a unit (`null` = the roots), by `order` then name. */
  childrenOf(parentId: string | null): OrgUnit[];
  /** Root → unit names, e.g. `汽车与信息工程学院 / 汽车专业群团支部 / 汽修2301班`. */
  pathOf(orgUnitId: string): OrgUnit[];
  /** Every unit depth-first with its depth, for an indented list. */
  flatten(): { unit: OrgUnit; depth: number }[];
}

export const orgUnitKindLabels: Record<OrgUnitKind, string> = {
  college: '学院',
  committee: '团委',
  branch: '团支部',
  class: '班级',
};

/** What an admin adds under a unit: 学院 → 团支部 → 班级; a class has no children. */
export const childKindOf = (kind: OrgUnitKind | null): OrgUnitKind | null =>
  kind === null ? 'college' : kind === 'college' || kind === 'committee' ? 'branch' : kind === 'branch' ? 'class' : null;

export function buildOrgUnitTree(units: OrgUnit[], options: { includeArchived?: boolean } = {}): OrgUnitTree {
  const shown = options.includeArchived ? units : units.filter((unit) => !unit.archived);
  const byId = new Map(shown.map((unit) => [unit.orgUnitId, unit]));
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of shown) {
    // A unit whose parent is gone (or archived) is shown at the root rather than lost.
    const parent = unit.parentId !== null && byId.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));

  const childrenOf = (parentId: string | null) => children.get(parentId) ?? [];
  const pathOf = (orgUnitId: string) => {
    const path: OrgUnit[] = [];
    // The bound guards against a cycle in hand-edited data.
    for (let unit = byId.get(orgUnitId); unit && path.length < 16; unit = unit.parentId ? byId.get(unit.parentId) : undefined) {
      path.unshift(unit);
    }
    return path;
  };
  const flatten = () => {
    const rows: { unit: OrgUnit; depth: number }[] = [];
    const visit = (parentId: string | null, depth: number) => {
      if (depth > 16) return;
      for (const unit of childrenOf(parentId)) {
        rows.push({ unit, depth });
        visit(unit.orgUnitId, depth + 1);
      }
    };
    visit(null, 0);
    return rows;
  };
  return { byId, childrenOf, pathOf, flatten };
}

/** `汽车专业群团支部 / 汽修2301班`: the path without the college, which every member shares. */
export const orgUnitLabel = (tree: OrgUnitTree, orgUnitId: string | null): string => {
  if (!orgUnitId) return '未填写';
  const path = tree.pathOf(orgUnitId);
  if (!path.length) return '已删除的组织';
  return (path.length > 1 ? path.slice(1) : path).map((unit) => unit.name).join(' / ');
};
