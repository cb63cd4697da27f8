/**
 * Defence in depth behind the zod schemas: a key that starts with `$` or contains `.` is how a
 * query or update operator (or a nested-path write) would be smuggled in through a free-form
 * object field. No action has a legitimate use for such keys, so they are refused everywhere.
 */
export const findOperatorKey = (value: unknown, depth = 0): string | null => {
  if (depth > 32) return '(过深的嵌套)';
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findOperatorKey(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, nested] of Object.entries(value)) {
      if (key.startsWith('$') || key.includes('.')) return key;
      const found = findOperatorKey(nested, depth + 1);
      if (found) return found;
    }
  }
  return null;
};
