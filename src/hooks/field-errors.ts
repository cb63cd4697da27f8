/**
 * The rules of a form's field errors, pure so tests/app checks them without a page: which error
 * the form scrolls to, which errors a change clears, and which server refusal belongs beside a field.
 * `use-field-errors.ts` holds them in React state.
 */

/** One Chinese sentence per field that is wrong; a field without a key is fine. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** The element id a field's row carries, so submit can scroll it into view. */
export const fieldAnchorId = (name: string): string => `form-field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The first field (in the form's top-to-bottom order) that has an error, or null. */
export function firstErrorField<K extends string>(errors: FieldErrors<K>, order: readonly K[]): K | null {
  const inOrder = order.find((key) => errors[key]);
  if (inOrder) return inOrder;
  const other = (Object.keys(errors) as K[]).find((key) => errors[key]);
  return other ?? null;
}

/**
 * After a change: the errors still shown are those the user saw that are still wrong (`found` is the
 * check of the changed form). A fixed field's error goes; a field not yet complained about stays quiet
 * until the next submit, so typing into one field never lights up the others.
 */
export function recheckErrors<K extends string>(shown: FieldErrors<K>, found: FieldErrors<K>): FieldErrors<K> {
  const kept: FieldErrors<K> = {};
  for (const key of Object.keys(shown) as K[]) {
    if (shown[key] && found[key]) kept[key] = found[key];
  }
  return kept;
}

/** The shown errors less those of the fields just changed (for fields the form does not check itself). */
export function withoutFields<K extends string>(shown: FieldErrors<K>, changed: readonly string[]): FieldErrors<K> {
  const kept: FieldErrors<K> = { ...shown };
  for (const key of changed) delete kept[key as K];
  return kept;
}

const INVALID_PREFIX = '提交的信息有误：';

/**
 * A server refusal that names one of the form's fields by its Chinese label (core/validation-message.ts
 * writes `提交的信息有误：活动名称 至少 2 个字`) belongs beside that field: `{ field, message }`, else null
 * and the refusal is the page's to toast.
 */
export function serverFieldError<K extends string>(
  message: string,
  labels: Partial<Record<K, string>>,
): { field: K; message: string } | null {
  if (!message.startsWith(INVALID_PREFIX)) return null;
  const rest = message.slice(INVALID_PREFIX.length);
  // `证件号码 至少 5 个字`, or a schema's own sentence that names its field (`志愿者编号应为 4–32 位…`).
  const entries = (Object.entries(labels) as [K, string][]).filter(([, label]) => label && rest.startsWith(label));
  // The longest label wins: 报名开始时间 before 报名开始.
  const match = entries.sort((a, b) => b[1].length - a[1].length)[0];
  if (!match) return null;
  const problem = rest.slice(match[1].length).trim();
  return { field: match[0], message: `${match[1]}${problem}` };
}
