export type PayloadResult = { kind: 'ok'; payload: Record<string, unknown> } | { kind: 'invalid' };

/** The caller's payload: JSON, and an object, as callFunction's `data` always is. An empty body is `{}`. */
export const parsePayload = (text: string): PayloadResult => {
  if (text.trim() === '') return { kind: 'ok', payload: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'invalid' };
    return { kind: 'ok', payload: value as Record<string, unknown> };
  } catch {
    return { kind: 'invalid' };
  }
};
