import { z } from 'zod';

/**
 * The fields a keyset cursor may carry. Each knows its sort direction, how its value travels in
 * the cursor (JSON) and the schema that takes it back: a decoded cursor holds only values of the
 * right type and range, so nothing the client forged reaches a query as an operator or an
 * Invalid Date.
 */
export type Direction = 'asc' | 'desc';
type Wire = string | number | boolean | null;

export interface KeyField<Value> {
  readonly direction: Direction;
  /** Null sorts lowest (MongoDB's order), so the "after" condition must name it. */
  readonly nullable: boolean;
  /** Takes the cursor's JSON value back, refusing anything else. */
  readonly wire: z.ZodType<Value, z.ZodTypeDef, unknown>;
  /** The document's value as JSON. */
  toWire(value: Value): Wire;
}

/** ECMAScript's representable range of a Date, ±100,000,000 days from the epoch. */
export const MAX_DATE_MS = 8.64e15;

const dateWire = z
  .number()
  .int()
  .min(-MAX_DATE_MS)
  .max(MAX_DATE_MS)
  .transform((ms) => new Date(ms));

const dateToWire = (value: Date): number => {
  const ms = new Date(value).getTime();
  // A row without a real date cannot give a position; that is a server bug, not bad input.
  if (!Number.isFinite(ms)) throw new Error('keyset: a row has no valid date to page on');
  return ms;
};

const field = <Value>(
  direction: Direction,
  wire: z.ZodType<Value, z.ZodTypeDef, unknown>,
  toWire: (value: Value) => Wire,
): KeyField<Value> => ({
  direction,
  nullable: false,
  wire,
  toWire,
});

const orNull = <Value>(key: KeyField<Value>): KeyField<Value | null> => ({
  direction: key.direction,
  nullable: true,
  wire: key.wire.nullable(),
  toWire: (value) => (value === null || value === undefined ? null : key.toWire(value)),
});

export const key = {
  /** A stored date, carried as epoch ms inside the representable range. */
  date: (direction: Direction) => field<Date>(direction, dateWire, dateToWire),
  /** A date that may be null (null sorts lowest), e.g. `checkedInAt`. */
  nullableDate: (direction: Direction) => orNull(field<Date>(direction, dateWire, dateToWire)),
  int: (direction: Direction, bounds: { min: number; max: number }) =>
    field<number>(direction, z.number().int().min(bounds.min).max(bounds.max), (value) => value),
  bool: (direction: Direction) => field<boolean>(direction, z.boolean(), (value) => value),
  /** A sort value that is text (a name, a number, a state), checked by its schema. */
  text: (direction: Direction, schema: z.ZodType<string, z.ZodTypeDef, unknown>) => field<string>(direction, schema, (value) => value),
  /** The `_id` tie-break, checked by the collection's id schema. */
  id: (direction: Direction, schema: z.ZodType<string, z.ZodTypeDef, unknown>) => field<string>(direction, schema, (value) => value),
};
