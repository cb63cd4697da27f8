import { database } from '../_lib/cloudbase';

/**
 * A member's unit and its ancestors, for audience keys (an activity for a 团支部 reaches its
 * classes). The tree has tens of units and changes a few times a term: a warm instance keeps it a
 * minute rather than reading it on every sign-up.
 */
const TTL_MS = 60_000;
let cached: { at: number; parents: Promise<Map<string, string | null>> } | null = null;

const loadParents = (): Promise<Map<string, string | null>> => {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const parents = database
      .collection('org_units')
      .field({ parentId: true })
      .limit(1000)
      .get()
      .then(({ data }) => new Map((data as { _id: string; parentId: string | null }[]).map((row) => [row._id, row.parentId ?? null])));
    cached = { at: Date.now(), parents };
    // A failed read must not stick for a minute.
    parents.catch(() => (cached = null));
  }
  return cached.parents;
};

export const orgPathOf = async (orgUnitId: string | null): Promise<string[]> => {
  if (!orgUnitId) return [];
  const parents = await loadParents();
  const path: string[] = [];
  // Bounded against a cycle in hand-edited data.
  for (let unit: string | null = orgUnitId; unit && path.length < 16; unit = parents.get(unit) ?? null) path.push(unit);
  return path;
};
