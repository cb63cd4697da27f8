import { HONOUR_LEVELS, noticeEndsAt, thresholdMinutes, type HonourSettings } from '@core/honours';
import { verifiedMinutesOf } from '../hours/hours-ledger.repository';
import {
  awardIdOf,
  awardIfNoticeEnded,
  awardsOf,
  insertNotice,
  renoticeAfterHours,
  withdrawForHours,
  type HonourAwardDocument,
} from './honour-award.repository';
import { readHonourSettings } from './honour-settings.repository';

export interface StandingChanges {
  noticed: number;
  awarded: number;
  withdrawn: number;
}

/**
 * Brings one member's levels in line with their verified minutes — idempotent, so the hourly
 * timer, the committee's 立即评定 and a ledger reversal may all run it, at once if they like:
 * - a level reached with no document yet goes on notice (the insert settles races);
 * - a level withdrawn because hours were lost and reached again goes on notice afresh;
 * - a level whose minutes fell below the threshold it was put on notice under is withdrawn
 *   (raising thresholds later never withdraws what was reached under the old ones);
 * - a level on notice whose notice ended is awarded.
 */
export const reconcileStanding = async (
  openid: string,
  minutes: number,
  existing: readonly HonourAwardDocument[],
  settings: HonourSettings,
  now: Date,
): Promise<StandingChanges> => {
  const changes: StandingChanges = { noticed: 0, awarded: 0, withdrawn: 0 };
  const byLevel = new Map(existing.map((award) => [award.level, award]));
  for (const level of HONOUR_LEVELS) {
    const award = byLevel.get(level);
    const threshold = thresholdMinutes(settings, level);
    const id = awardIdOf(openid, level);
    if (!award) {
      if (minutes >= threshold && (await insertNotice(openid, level, threshold, now, noticeEndsAt(now, settings.noticeWorkingDays))))
        changes.noticed += 1;
    } else if (award.status === 'withdrawn') {
      if (award.withdrawnCause === 'hours' && minutes >= threshold)
        if (await renoticeAfterHours(id, threshold, now, noticeEndsAt(now, settings.noticeWorkingDays))) changes.noticed += 1;
    } else if (minutes < award.thresholdMinutes) {
      if (await withdrawForHours(id, now)) changes.withdrawn += 1;
    } else if (award.status === 'notice' && new Date(award.noticeEndsAt).getTime() <= now.getTime()) {
      if (await awardIfNoticeEnded(id, now)) changes.awarded += 1;
    }
  }
  return changes;
};

/** One member, read afresh (after a reversal of their hours). */
export const reconcileMember = async (openid: string, now = new Date()): Promise<StandingChanges> => {
  const [minutes, existing, settings] = await Promise.all([verifiedMinutesOf(openid), awardsOf(openid), readHonourSettings()]);
  return reconcileStanding(openid, minutes, existing, settings, now);
};
