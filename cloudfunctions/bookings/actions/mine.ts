import type { BookingsContract } from '@core/bookings.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { listBookingsOf } from '../booking.repository';
import { toBooking } from '../booking.view';

/** Keyset cursor over (startAt desc, _id desc): base64url of `[startAt ms, bookingId]`. */
const encodeCursor = (startAt: Date, id: string) => Buffer.from(JSON.stringify([new Date(startAt).getTime(), id])).toString('base64url');

const decodeCursor = (cursor: string): { startAt: Date; id: string } => {
  try {
    const [ms, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof ms === 'number' && Number.isFinite(ms) && typeof id === 'string' && id.length <= 200) return { startAt: new Date(ms), id };
  } catch {
    // falls through to the typed refusal
  }
  throw new ActionError('INVALID_INPUT', '提交的信息有误：分页参数不正确');
};

export const mine = async ({ params, caller }: ActionInvocation<BookingsContract['mine']>) => {
  const after = params.cursor ? decodeCursor(params.cursor) : null;
  // One extra row tells whether there is a next page without a count.
  const rows = await listBookingsOf(caller.openid, after, params.limit + 1);
  const items = rows.slice(0, params.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toBooking),
    nextCursor: rows.length > params.limit && last ? encodeCursor(last.startAt, last._id) : null,
  };
};
