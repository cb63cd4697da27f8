import { randomBytes } from 'node:crypto';
import type { BookingsContract } from '@core/bookings.contract';
import { DEFAULT_BOOKING_WINDOW } from '@core/booking-window';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { toService } from '../booking.view';
import { findService, writeService, type ServiceDocument } from '../service.repository';
import { refreshFutureSlots } from '../../_lib/slot.repository';
import { loadTeamStaff, requireLeaderOf } from '../team-access';

export const saveService = async ({ params, caller }: ActionInvocation<BookingsContract['saveService']>) => {
  requireLeaderOf(await loadTeamStaff(caller), params.teamId);
  const existing = params.serviceId ? await findService(params.serviceId) : null;
  if (params.serviceId && !existing) throw new ActionError('NOT_FOUND', '服务不存在');
  // A service never moves between teams: that would hand its slots and bookings to another leader.
  if (existing && existing.teamId !== params.teamId) throw new ActionError('FORBIDDEN', '没有权限：仅本队队长可以进行此操作');

  const now = new Date();
  const service: ServiceDocument = {
    _id: existing?._id ?? `svc-${randomBytes(6).toString('hex')}`,
    teamId: params.teamId,
    name: params.name,
    description: params.description,
    durationMinutes: params.durationMinutes,
    place: params.place,
    bring: params.bring,
    audience: [...new Set(params.audience)],
    detailsKind: params.detailsKind,
    window: params.window ?? existing?.window ?? DEFAULT_BOOKING_WINDOW,
    active: params.active,
    order: params.order,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    updatedBy: caller.openid,
  };
  await writeService(service);
  if (existing && (existing.name !== service.name || existing.audience.join() !== service.audience.join())) {
    await refreshFutureSlots(service._id, { serviceName: service.name, audience: service.audience });
  }
  return { service: toService(service) };
};
