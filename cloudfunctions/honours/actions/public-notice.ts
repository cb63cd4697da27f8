import type { HonoursContract } from '@core/honours.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { verifiedMinutesOfMembers } from '../../_lib/hours/hours-ledger.repository';
import { publicNoticeAwards } from '../../_lib/honours/honour-award.repository';
import { orgUnitNames } from '../../_lib/org-unit.repository';
import { membersByOpenid } from '../../_lib/user.repository';
import { toHonourAward } from '../honour.view';

const RECENT_DAYS = 30;

/** 荣誉公示: names, units and levels — never member numbers — for anyone signed in. */
export const publicNotice = async (_invocation: ActionInvocation<HonoursContract['publicNotice']>) => {
  const awards = await publicNoticeAwards(new Date(Date.now() - RECENT_DAYS * 24 * 60 * 60 * 1000));
  const openids = [...new Set(awards.map((award) => award.openid))];
  const [members, units, minutes] = await Promise.all([membersByOpenid(openids), orgUnitNames(), verifiedMinutesOfMembers(openids)]);
  return {
    lines: awards.map((award) => {
      const member = members.get(award.openid);
      return {
        ...toHonourAward(award),
        name: member?.name ?? '成员',
        orgUnitName: (member?.orgUnitId && units.get(member.orgUnitId)) || null,
        verifiedMinutes: minutes.get(award.openid) ?? 0,
      };
    }),
  };
};
