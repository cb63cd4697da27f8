import { ActionError } from '../_lib/action-error';
import { envNumber } from '../_lib/env-setting';
import { fullMomentText } from '@core/date-words';

/**
 * 开始服务 opens this many minutes before the slot (`STARFIRE_JOB_START_LEAD_MINUTES`, default 30):
 * a job started the night before would be closed and credited before the service happened.
 */
export const jobStartLeadMinutes = (): number => envNumber('STARFIRE_JOB_START_LEAD_MINUTES', 30, { min: 0 });

export const jobStartOpensAt = (startAt: Date | string): Date => new Date(new Date(startAt).getTime() - jobStartLeadMinutes() * 60_000);

/**
 * Before the window only a leader may start, and only with a reason (kept in the booking's
 * history as the audit of the override); anyone else hears when it opens.
 */
export const requireStartWindow = (
  booking: { startAt: Date | string },
  now: Date,
  override: { role: 'leader' | 'volunteer'; reason: string | undefined },
): { early: boolean } => {
  const opensAt = jobStartOpensAt(booking.startAt);
  if (now.getTime() >= opensAt.getTime()) return { early: false };
  const when = `服务时段 ${fullMomentText(booking.startAt)} 开始，${fullMomentText(opensAt)} 起可以开始服务`;
  if (override.role !== 'leader') throw new ActionError('JOB_NOT_STARTABLE_YET', `${when}；如需提前开始，请联系队长`);
  if (!override.reason) throw new ActionError('JOB_NOT_STARTABLE_YET', `${when}；队长提前开始需填写原因`);
  return { early: true };
};
