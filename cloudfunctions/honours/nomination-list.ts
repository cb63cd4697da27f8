import type { Nominee } from '@core/honours.contract';
import { meetsRule, type NominationRule, type TermRecord } from '@core/honours';
import { addDays, shanghaiInstant } from '@core/shanghai-time';
import { ActionError } from '../_lib/action-error';
import { noShowCountsBetween } from '../_lib/attendance.repository';
import { ledgerBetween } from '../_lib/hours/hours-ledger.repository';
import { readHonourSettings } from '../_lib/honours/honour-settings.repository';
import { orgUnitNames } from '../_lib/org-unit.repository';
import { listTermDocuments, type TermDocument } from '../_lib/term.repository';
import { membersByOpenid } from '../_lib/user.repository';

/**
 * A term's nominees under one committee rule: verified, unreversed ledger entries within the
 * term's Shanghai days (minutes, and activity entries — one per activity), and sign-ups of the
 * term's activities never attended nor cancelled. Most hours first.
 */
export const nominationList = async (
  termId: string,
  ruleId: string,
): Promise<{ term: TermDocument; rule: NominationRule; nominees: Nominee[] }> => {
  const [terms, settings] = await Promise.all([listTermDocuments(), readHonourSettings()]);
  const term = terms.find((candidate) => candidate._id === termId);
  if (!term) throw new ActionError('NOT_FOUND', '学期不存在或已删除');
  const rule = settings.nominationRules.find((candidate) => candidate.ruleId === ruleId);
  if (!rule) throw new ActionError('NOT_FOUND', '评优规则不存在或已删除');
  const from = shanghaiInstant(term.startDay);
  const to = shanghaiInstant(addDays(term.endDay, 1));
  const records = new Map<string, TermRecord>();
  for await (const page of ledgerBetween(from, to)) {
    for (const entry of page) {
      const record = records.get(entry.openid) ?? { minutes: 0, activities: 0, noShows: 0 };
      record.minutes += entry.minutes;
      if (entry.source.kind === 'activity') record.activities += 1;
      records.set(entry.openid, record);
    }
  }
  const noShows = await noShowCountsBetween(from, new Date(Math.min(to.getTime(), Date.now())));
  for (const [openid, count] of noShows) {
    const record = records.get(openid);
    if (record) record.noShows = count;
  }
  const chosen = [...records.entries()].filter(([, record]) => meetsRule(rule, record));
  const [members, units] = await Promise.all([membersByOpenid(chosen.map(([openid]) => openid)), orgUnitNames()]);
  const nominees = chosen
    .map(([openid, record]): Nominee => {
      const member = members.get(openid);
      return {
        name: member?.name ?? openid,
        memberNo: member?.memberNo ?? null,
        orgUnitName: (member?.orgUnitId && units.get(member.orgUnitId)) || null,
        ...record,
      };
    })
    .sort((a, b) => b.minutes - a.minutes || a.name.localeCompare(b.name, 'zh-CN'));
  return { term, rule, nominees };
};
