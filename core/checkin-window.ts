import { closesAt } from './attendance-close';

/**
 * When an activity's codes work: from its start minus the early margin to its end plus the late
 * margin. The signed codes carry the same two instants, so the console, the codes and the scans
 * answer alike.
 */
export const checkinWindowOf = (activity: {
  startAt: Date | string;
  endAt: Date | string;
  earlyMinutes: number;
  lateMinutes: number;
}): { opensAt: Date; closesAt: Date } => ({
  opensAt: new Date(new Date(activity.startAt).getTime() - activity.earlyMinutes * 60_000),
  closesAt: closesAt({ endAt: new Date(activity.endAt), lateMinutes: activity.lateMinutes }),
});

export type CheckinWindowState = 'before' | 'open' | 'after';

export const checkinWindowState = (window: { opensAt: Date; closesAt: Date }, now: Date): CheckinWindowState =>
  now.getTime() < window.opensAt.getTime() ? 'before' : now.getTime() > window.closesAt.getTime() ? 'after' : 'open';
