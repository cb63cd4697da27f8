import type { DetailsKind } from '@core/booking.types';
import { shanghaiClock, shanghaiDay } from '@core/shanghai-time';
import { ActionError } from '../_lib/action-error';
import { findSlot } from '../_lib/slot.repository';

const detailsLabels: Record<DetailsKind, string> = { car: '车辆信息', pc: '电脑信息', none: '备注' };

/**
 * The seat update refused: read the slot once and say why, in the order a person would want to
 * hear it. Null means every rule holds now (a seat was freed meanwhile) and the caller may retry.
 */
export const explainRefusal = async (
  slotId: string,
  openid: string,
  rule: { detailsKind: DetailsKind; now: Date },
): Promise<ActionError | null> => {
  const slot = await findSlot(slotId);
  if (!slot) return new ActionError('NOT_FOUND', '时段不存在');
  if (slot.holders.includes(openid)) return new ActionError('ALREADY_BOOKED');
  if (slot.status !== 'open') return new ActionError('SLOT_UNAVAILABLE');
  if (slot.detailsKind !== rule.detailsKind) {
    return new ActionError('INVALID_INPUT', `提交的信息有误：该服务需要填写${detailsLabels[slot.detailsKind]}`);
  }
  const from = new Date(slot.bookableFrom);
  if (rule.now.getTime() < from.getTime()) {
    return new ActionError('BOOKING_NOT_OPEN', `该时段将于 ${shanghaiDay(from)} ${shanghaiClock(from)} 开放预约`);
  }
  if (rule.now.getTime() >= new Date(slot.bookableUntil).getTime()) {
    return new ActionError(
      'BOOKING_CLOSED',
      `该时段已截止预约（需在开始前 ${Math.round((new Date(slot.startAt).getTime() - new Date(slot.bookableUntil).getTime()) / 60000)} 分钟预约）`,
    );
  }
  if (slot.remaining <= 0) return new ActionError('SLOT_FULL');
  return null;
};
