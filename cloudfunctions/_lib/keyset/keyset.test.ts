import { z } from 'zod';
import { ActionError } from '../action-error';
import { key, MAX_DATE_MS } from './key-fields';
import { INVALID_CURSOR, keyset } from './keyset';

const wire = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

const NEWEST_FIRST = keyset({ createdAt: key.date('desc'), _id: key.id('desc', z.string().regex(/^q_[A-Za-z0-9]{8}$/)) });
const PINNED = keyset({
  pinRank: key.int('desc', { min: 0, max: 1 }),
  flag: key.bool('asc'),
  name: key.text('asc', z.string().max(5)),
  _id: key.id('asc', z.string()),
});
const CHECKED_IN = keyset({ checkedInAt: key.nullableDate('desc'), _id: key.id('asc', z.string()) });

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ActionError ? { code: error.code, message: error.message } : { thrown: String(error) };
  }
  return 'accepted';
};

describe('keyset cursors', () => {
  it('round-trip every kind of field, null dates included', () => {
    const position = { createdAt: new Date('2025-03-01T08:00:00.123Z'), _id: 'q_abcdEFGH' };
    expect(NEWEST_FIRST.decode(NEWEST_FIRST.encode(position))).toEqual(position);
    const pinned = { pinRank: 1, flag: false, name: '张三', _id: 'x' };
    expect(PINNED.decode(PINNED.encode(pinned))).toEqual(pinned);
    for (const checkedInAt of [null, new Date(0), new Date(-MAX_DATE_MS), new Date(MAX_DATE_MS)]) {
      expect(CHECKED_IN.decode(CHECKED_IN.encode({ checkedInAt, _id: 'a' }))).toEqual({ checkedInAt, _id: 'a' });
    }
    expect(NEWEST_FIRST.decode(undefined)).toBeNull();
  });

  it('cut a read of limit + 1 rows into the page and the cursor of its last row', () => {
    const rows = [3, 2, 1].map((n) => ({ _id: `q_0000000${n}`, createdAt: new Date(n * 1000), title: `#${n}` }));
    const first = NEWEST_FIRST.page(rows, 2);
    expect(first.items.map((row) => row.title)).toEqual(['#3', '#2']);
    expect(NEWEST_FIRST.decode(first.nextCursor!)).toEqual({ createdAt: new Date(2000), _id: 'q_00000002' });
    expect(NEWEST_FIRST.page(rows, 3)).toEqual({ items: rows, nextCursor: null });
    expect(NEWEST_FIRST.page([], 3)).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['a date beyond the representable range', wire([9e15, 'q_abcdEFGH'])],
    ['a date before it', wire([-9e15, 'q_abcdEFGH'])],
    ['a fractional date', wire([1.5, 'q_abcdEFGH'])],
    ['a date as text', wire(['2025-01-01', 'q_abcdEFGH'])],
    ['a null date where none may be', wire([null, 'q_abcdEFGH'])],
    ['an id off its schema', wire([0, 'x'])],
    ['an id that is a number', wire([0, 7])],
    ['an operator object for the id', wire([0, { $gt: '' }])],
    ['an operator object for the whole cursor', wire({ $gt: '' })],
    ['too few values', wire([0])],
    ['too many values', wire([0, 'q_abcdEFGH', 1])],
    ['an empty array', wire([])],
    ['a bare number', wire(5)],
    ['JSON null', wire(null)],
    ['not JSON', wire('not json at all')],
    ['not base64url', 'a+b/c='],
    ['an empty string', ''],
    ['10 KB', 'A'.repeat(10_240)],
  ])('refuse %s with INVALID_INPUT and a Chinese message', (_name, cursor) => {
    expect(refusal(() => NEWEST_FIRST.decode(cursor))).toEqual({ code: 'INVALID_INPUT', message: INVALID_CURSOR });
  });

  it('refuse values outside a field’s own bounds', () => {
    for (const values of [
      [2, true, 'a', 'x'],
      [-1, true, 'a', 'x'],
      [1, 'true', 'a', 'x'],
      [1, true, 'abcdef', 'x'],
      [1, true, 'a', null],
    ]) {
      expect(refusal(() => PINNED.decode(wire(values)))).toEqual({ code: 'INVALID_INPUT', message: INVALID_CURSOR });
    }
    expect(refusal(() => CHECKED_IN.decode(wire([9e15, 'a'])))).toEqual({ code: 'INVALID_INPUT', message: INVALID_CURSOR });
  });

  it('never hand out a cursor for a row without a real date', () => {
    expect(() => NEWEST_FIRST.encode({ createdAt: new Date(NaN), _id: 'q_abcdEFGH' })).toThrow('keyset');
  });
});
