import type { BookingsContract } from '@core/bookings.contract';
import { shanghaiDay, shanghaiInstant } from '@core/shanghai-time';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { pageSlotsOfService } from '../../_lib/slot.repository';
import { toSlot } from '../booking.view';
import { findService } from '../service.repository';
import { loadTeamStaff, requireLeaderOf } from '../team-access';

/**
 * The leader's 时段 view: all of a service's slots from today (Shanghai) on, whatever the booking
 * horizon, so a weekly series published 26 weeks ahead is all there, page by page.
 */
export const serviceSlots = async ({ params, caller }: ActionInvocation<BookingsContract['serviceSlots']>) => {
  const service = await findService(params.serviceId);
  if (!service) throw new ActionError('NOT_FOUND', '服务项目不存在');
  requireLeaderOf(await loadTeamStaff(caller), service.teamId);
  const now = new Date();
  const page = await pageSlotsOfService(service._id, shanghaiInstant(shanghaiDay(now)), params.cursor, params.limit);
  return { items: page.items.map((slot) => toSlot(slot, now)), nextCursor: page.nextCursor };
};
