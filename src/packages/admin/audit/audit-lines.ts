import { ADMIN_AUDIT_FIELD_LABELS, type AdminAuditEntry, type AdminAuditState } from '@core/admin-audit';

const shown = (value: AdminAuditState extends infer S ? (S extends Record<string, infer V> ? V : never) : never): string => {
  if (value === null || value === '') return '无';
  if (Array.isArray(value)) return value.length ? value.join('、') : '无';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
};

/** Two versions of a list read as what was added and removed, or that only the order moved. */
const listChange = (label: string, was: string[], is: string[]): string[] => {
  const added = is.filter((item) => !was.includes(item));
  const removed = was.filter((item) => !is.includes(item));
  const lines = [
    ...(added.length ? [`${label}新增：${added.join('、')}`] : []),
    ...(removed.length ? [`${label}移除：${removed.join('、')}`] : []),
  ];
  if (!lines.length && was.join() !== is.join()) lines.push(`${label}：调整了顺序`);
  return lines;
};

/**
 * An entry's change as lines a reader follows: "角色：无 → 队长" for each field that differs,
 * only the new value for a creation, only the old one for a removal.
 */
export const changeLines = (entry: Pick<AdminAuditEntry, 'before' | 'after'>): string[] => {
  const { before, after } = entry;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.flatMap((field) => {
    const label = ADMIN_AUDIT_FIELD_LABELS[field] ?? field;
    const was = before?.[field];
    const is = after?.[field];
    if (Array.isArray(was) && Array.isArray(is)) return listChange(label, was, is);
    const old = before ? shown(before[field] ?? null) : null;
    const now = after ? shown(after[field] ?? null) : null;
    if (old === null) return [`${label}：${now}`];
    if (now === null) return [`${label}：${old}（已删除）`];
    if (old === now) return [];
    return [`${label}：${old} → ${now}`];
  });
};
