import type { HonoursContract, MyHonours } from '@core/honours.contract';
import { HONOUR_RULE_TEXT, progressToNext } from '@core/honours';
import type { ActionInvocation } from '../../_lib/define-function';
import { verifiedMinutesOf } from '../../_lib/hours/hours-ledger.repository';
import { awardsOf } from '../../_lib/honours/honour-award.repository';
import { readHonourSettings } from '../../_lib/honours/honour-settings.repository';
import { toHonourAward } from '../honour.view';

/** 我的荣誉: the level is the highest awarded one; progress counts verified minutes against today's thresholds. */
export const mine = async ({ caller }: ActionInvocation<HonoursContract['mine']>): Promise<MyHonours> => {
  const [verifiedMinutes, awards, settings] = await Promise.all([
    verifiedMinutesOf(caller.openid),
    awardsOf(caller.openid),
    readHonourSettings(),
  ]);
  const level = awards
    .filter((award) => award.status === 'awarded')
    .reduce<MyHonours['level']>((top, award) => Math.max(top, award.level) as MyHonours['level'], 0);
  return {
    verifiedMinutes,
    level,
    progress: progressToNext(settings, verifiedMinutes),
    settings: { thresholds: settings.thresholds, noticeWorkingDays: settings.noticeWorkingDays },
    ruleText: HONOUR_RULE_TEXT,
    awards: awards.map(toHonourAward),
  };
};
