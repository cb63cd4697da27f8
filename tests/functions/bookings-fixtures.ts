import * as tcb from '@cloudbase/node-sdk';
import { addDays, shanghaiDay } from '@core/shanghai-time';
import type { FunctionCall } from './function-client';

export const db = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();

/** A Shanghai day `days` from now: far enough ahead that booking is open (window 2 h – 14 days). */
export const dayAhead = (days: number) => addDays(shanghaiDay(new Date()), days);

export const CAR = { kind: 'car', plate: '桂A12345', model: '大众朗逸', colour: '白色' };
export const PC = { kind: 'pc', brand: '联想', symptom: '开机很慢，经常弹广告' };

let sequence = 0;

/** Publishes one slot of `serviceId` as the seeded car-care leader (or `as`) and answers it. */
export const publishSlot = async (
  call: FunctionCall<'bookings'>,
  serviceId: string,
  extra: { capacity?: number; days?: number; as?: string; start?: string } = {},
) => {
  sequence += 1;
  const start = extra.start ?? `${String(8 + (sequence % 12)).padStart(2, '0')}:${String((sequence * 7) % 60).padStart(2, '0')}`;
  const [hour, minute] = start.split(':').map(Number);
  const end = `${String(hour + 1).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const reply = await call(extra.as ?? 'dev-leader', 'publishSlots', {
    serviceId,
    day: dayAhead(extra.days ?? 3),
    start,
    end,
    capacity: extra.capacity ?? 2,
  });
  if (!reply.ok) throw new Error(`publish failed: ${JSON.stringify(reply)}`);
  return reply.data.slots[0];
};

/** An approved member stored directly (tests need leaders and volunteers of other teams). */
export const putMember = (openid: string, kind: 'student' | 'teacher', teamRoles: { teamId: string; role: string }[] = []) =>
  db()
    .collection('users')
    .doc(openid)
    .set({
      name: `成员${openid}`,
      membershipStatus: 'approved',
      memberKind: kind,
      memberNo: null,
      phone: null,
      orgUnitId: 'ou-class-qx2301',
      teamRoles,
      latestApplicationId: null,
      admin: false,
      createdAt: new Date(),
      lastLoginAt: new Date(),
    });

/** Moves a booking's slot to start `minutes` from now (an hour long), so its job may be started. */
export const moveSlotSoon = async (bookingId: string, minutes = 10) => {
  const startAt = new Date(Date.now() + minutes * 60_000);
  await db()
    .collection('bookings')
    .doc(bookingId)
    .update({ startAt, endAt: new Date(startAt.getTime() + 60 * 60_000) });
};
