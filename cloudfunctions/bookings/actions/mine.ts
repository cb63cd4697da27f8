import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { listBookingsOf } from '../booking.repository';
import { toBooking } from '../booking.view';

export const mine = async ({ params, caller }: ActionInvocation<BookingsContract['mine']>) => {
  const page = await listBookingsOf(caller.openid, params.cursor, params.limit);
  return { items: page.items.map(toBooking), nextCursor: page.nextCursor };
};
