import { listOrgUnitLinks } from './org-unit.repository';

type OrgUnitRow = Awaited<ReturnType<typeof listOrgUnitLinks>>[number];

export interface OrgTree {
  nameOf(orgUnitId: string | null): string;
  /** The unit and its ancestors, nearest first. */
  pathOf(orgUnitId: string | null): string[];
  /** The units and everything below them. */
  descendantsOf(orgUnitIds: readonly string[]): string[];
}

/**
 * The org tree has tens of units and changes a few times a term, while every badge needs the
 * caller's ancestry: a warm instance keeps it for a minute instead of reading it per call. A move
 * in the tree reaches badges within that minute.
 */
const TTL_MS = 60_000;
let cached: { at: number; tree: Promise<OrgTree> } | null = null;

const buildTree = (rows: OrgUnitRow[]): OrgTree => {
  const byId = new Map(rows.map((row) => [row._id, row]));
  const children = new Map<string, string[]>();
  for (const row of rows) if (row.parentId) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row._id]);
  return {
    nameOf: (id) => (id ? (byId.get(id)?.name ?? id) : '未分组'),
    pathOf: (id) => {
      const path: string[] = [];
      // Bounded against a cycle in hand-edited data.
      for (let unit = id; unit && path.length < 16; unit = byId.get(unit)?.parentId ?? null) path.push(unit);
      return path;
    },
    descendantsOf: (ids) => {
      const found = new Set<string>();
      const stack = [...ids];
      while (stack.length > 0 && found.size < 5000) {
        const id = stack.pop() as string;
        if (found.has(id)) continue;
        found.add(id);
        stack.push(...(children.get(id) ?? []));
      }
      return [...found];
    },
  };
};

export const loadOrgTree = (): Promise<OrgTree> => {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const tree = listOrgUnitLinks().then(buildTree);
    cached = { at: Date.now(), tree };
    // A failed read must not stick for a minute.
    tree.catch(() => (cached = null));
  }
  return cached.tree;
};
