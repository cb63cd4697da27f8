import { encodeKey } from './index-key';
import type { IndexSpec } from './manifest';

/** Values at a dotted path with MongoDB's multikey semantics: arrays are traversed, a missing field is null. */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  walk(doc, path.split('.'), 0, out);
  return out.length === 0 ? [null] : out;
}

function walk(node: unknown, segments: string[], i: number, out: unknown[]): void {
  if (i === segments.length) {
    if (Array.isArray(node)) {
      if (node.length === 0) out.push(null);
      else for (const element of node) out.push(element);
    } else out.push(node === undefined ? null : node);
    return;
  }
  if (Array.isArray(node)) {
    const index = Number(segments[i]);
    if (Number.isInteger(index) && index >= 0 && String(index) === segments[i]) {
      walk(node[index], segments, i + 1, out);
      return;
    }
    for (const element of node) if (element !== null && typeof element === 'object') walk(element, segments, i, out);
    return;
  }
  if (node === null || typeof node !== 'object') {
    out.push(null);
    return;
  }
  walk((node as Record<string, unknown>)[segments[i]], segments, i + 1, out);
}

/**
 * The index rows one document contributes: the cartesian product of each field's values,
 * deduplicated (an array holding the same tag twice yields one row, as in MongoDB).
 */
export function indexEntries(doc: Record<string, unknown>, spec: IndexSpec): { rows: string[][]; multikey: boolean } {
  let rows: string[][] = [[]];
  let multikey = false;
  for (const [field] of spec.keys) {
    const keys = [...new Set(valuesAtPath(doc, field).map(encodeKey))];
    if (keys.length > 1 || Array.isArray(getTopLevel(doc, field))) multikey = true;
    rows = rows.flatMap((row) => keys.map((k) => [...row, k]));
  }
  return { rows, multikey };
}

function getTopLevel(doc: Record<string, unknown>, path: string): unknown {
  let node: unknown = doc;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
