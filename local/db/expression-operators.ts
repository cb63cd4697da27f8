import { computeValue, evalExpr } from 'mingo/core';
import { $substrBytes as mingoSubstrBytes } from 'mingo/operators/expression/string';
type Options = Parameters<typeof evalExpr>[2];
import { invalidParam } from './db-error';

type Any = unknown;
type Obj = Record<string, unknown>;
type ExpressionOperator = (obj: Obj, expr: Any, options: Options) => Any;

const isNonNegativeInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * `$indexOfCP` (missing in mingo 7): the code-point index of the first occurrence of a substring,
 * -1 when absent, null when the string is null or missing, searching [start, end).
 */
const $indexOfCP: ExpressionOperator = (obj, expr, options) => {
  if (!Array.isArray(expr) || expr.length < 2 || expr.length > 4)
    throw invalidParam('$indexOfCP expects [string, substring, start?, end?]');
  const [text, sub, start = 0, end] = evalExpr(obj, expr, options) as unknown[];
  if (text === null || text === undefined) return null;
  if (typeof text !== 'string') throw invalidParam('$indexOfCP requires a string as its first argument');
  if (typeof sub !== 'string') throw invalidParam('$indexOfCP requires a string as its second argument');
  const points = [...text];
  const stop = end === undefined ? points.length : end;
  if (!isNonNegativeInt(start) || !isNonNegativeInt(stop)) throw invalidParam('$indexOfCP start and end must be non-negative integers');
  const needle = [...sub];
  for (let i = start; i + needle.length <= Math.min(stop, points.length); i++) {
    if (needle.every((cp, j) => points[i + j] === cp)) return i;
  }
  return -1;
};

/**
 * `$substrBytes` / `$substr` as MongoDB: a negative count takes the rest of the string (mingo 7
 * refuses it), an index past the end gives "".
 */
const $substrBytes: ExpressionOperator = (obj, expr, options) => {
  if (!Array.isArray(expr) || expr.length !== 3) throw invalidParam('$substrBytes expects [string, index, count]');
  const [text, index, count] = evalExpr(obj, expr, options) as unknown[];
  if (typeof text !== 'string' || typeof index !== 'number' || typeof count !== 'number' || count >= 0)
    return mingoSubstrBytes(obj, [{ $literal: text }, { $literal: index }, { $literal: count }], options);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (index < 0 || index >= bytes) return '';
  return mingoSubstrBytes(obj, [{ $literal: text }, index, bytes - index], options);
};

/**
 * `$week` as MongoDB (strftime %U): weeks start on Sunday, days before the year's first Sunday are
 * week 0. mingo 7 counts from the ISO week and is one ahead on most dates (2019-05-14 → 20, not 19).
 * The date argument (a date, or `{ date, timezone }`) is read by mingo's own day operators.
 */
const $week: ExpressionOperator = (obj, expr, options) => {
  const dayOfYear = computeValue(obj, expr, '$dayOfYear', options) as number | null;
  const dayOfWeek = computeValue(obj, expr, '$dayOfWeek', options) as number | null;
  if (dayOfYear === null || dayOfWeek === null) return null;
  return Math.floor((dayOfYear - 1 + 7 - (dayOfWeek - 1)) / 7);
};

export const expressionOperators = { $indexOfCP, $substr: $substrBytes, $substrBytes, $week };
