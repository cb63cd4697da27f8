import type { BookingsContract } from '@core/bookings.contract';
import { bookableFrom, bookableUntil } from '@core/booking-window';
import { shanghaiInstant } from '@core/shanghai-time';
import { MAX_SERIES_WEEKS, seriesDays, slotIdOf } from '@core/slot-series';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { toSlot } from '../booking.view';
import { findService } from '../service.repository';
import { insertSlot, type SlotDocument } from '../../_lib/slot.repository';
import { loadTeamStaff, requireLeaderOf } from '../team-access';

/** Publishes one slot or a weekly series; a time already published is skipped, not duplicated. */
export const publishSlots = async ({ params, caller }: ActionInvocation<BookingsContract['publishSlots']>) => {
  const service = await findService(params.serviceId);
  if (!service) throw new ActionError('NOT_FOUND', '服务不存在');
  requireLeaderOf(await loadTeamStaff(caller), service.teamId);

  const days = seriesDays(params.day, params.repeatUntil);
  if (days.length > MAX_SERIES_WEEKS) throw new ActionError('INVALID_INPUT', `提交的信息有误：每周重复最多 ${MAX_SERIES_WEEKS} 次`);
  const now = new Date();
  if (shanghaiInstant(params.day, params.start).getTime() <= now.getTime()) {
    throw new ActionError('INVALID_INPUT', '提交的信息有误：不能发布已经开始的时段');
  }

  const published: SlotDocument[] = [];
  const skipped: string[] = [];
  for (const day of days) {
    const startAt = shanghaiInstant(day, params.start);
    const slot: SlotDocument = {
      _id: slotIdOf(service._id, day, params.start),
      serviceId: service._id,
      teamId: service.teamId,
      serviceName: service.name,
      detailsKind: service.detailsKind,
      audience: service.audience,
      day,
      startClock: params.start,
      endClock: params.end,
      startAt,
      endAt: shanghaiInstant(day, params.end),
      place: params.place || service.place,
      capacity: params.capacity,
      remaining: params.capacity,
      holders: [],
      status: 'open',
      bookableFrom: bookableFrom(startAt, service.window),
      bookableUntil: bookableUntil(startAt, service.window),
      cancelCutoffMinutes: service.window.cancelCutoffMinutes,
      cancelReason: null,
      createdBy: caller.openid,
      createdAt: now,
      updatedAt: now,
    };
    if (await insertSlot(slot)) published.push(slot);
    else skipped.push(day);
  }
  return { slots: published.map((slot) => toSlot(slot, now)), skipped };
};
