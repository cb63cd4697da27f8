import { BSONRegExp, EJSON, calculateObjectSize } from 'bson';
import { invalidParam } from './db-error';

/** CloudBase's per-document limit. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

type Clock = { now(): number };

/**
 * Parses one of the SDK's canonical EJSON strings into plain JS values that mingo understands:
 * numbers instead of Int32/Double wrappers, RegExp instead of BSONRegExp, and
 * `{$tcb_server_date:{offset}}` resolved against the emulator's clock (the server's time, not the caller's).
 */
export function decodeEjson(text: unknown, clock: Clock, what: string): unknown {
  if (text === undefined || text === null || text === '') return undefined;
  let raw: unknown;
  try {
    raw = typeof text === 'string' ? EJSON.parse(text, { relaxed: true }) : EJSON.deserialize(text as object, { relaxed: true });
  } catch (error) {
    throw invalidParam(`invalid EJSON in ${what}: ${(error as Error).message}`);
  }
  return normalise(raw, clock);
}

function normalise(value: unknown, clock: Clock): unknown {
  if (value instanceof BSONRegExp) {
    const flags = value.options.replace(/[^imsu]/g, '');
    try {
      return new RegExp(value.pattern, flags);
    } catch {
      throw invalidParam(`invalid regular expression /${value.pattern}/`);
    }
  }
  if (value instanceof Date && Number.isNaN(value.getTime())) throw invalidParam('invalid date');
  if (Array.isArray(value)) return value.map((v) => normalise(v, clock));
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$tcb_server_date') {
      const spec = value.$tcb_server_date as { offset?: unknown } | undefined;
      const offset = typeof spec?.offset === 'number' ? spec.offset : 0;
      return new Date(clock.now() + offset);
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = normalise(value[key], clock);
    return out;
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Canonical EJSON, the form both storage and the SDK's `EJSON.parse` of results use. */
export function encodeEjson(value: unknown): string {
  return EJSON.stringify(value as object, { relaxed: false });
}

export function parseStored(text: string): Record<string, unknown> {
  return EJSON.parse(text, { relaxed: true }) as Record<string, unknown>;
}

export function assertDocumentSize(doc: Record<string, unknown>): void {
  const size = calculateObjectSize(doc);
  if (size > MAX_DOCUMENT_BYTES) throw invalidParam(`document is ${size} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes (512 KB)`);
}
