import type { EvaluationCounts } from '@core/honours.contract';
import { verifiedMinutesByMember, verifiedMinutesOf } from '../_lib/hours/hours-ledger.repository';
import { awardsOfMembers, membersWithLiveAwards, type HonourAwardDocument } from '../_lib/honours/honour-award.repository';
import { readHonourSettings } from '../_lib/honours/honour-settings.repository';
import { reconcileStanding } from '../_lib/honours/honour-standing';

const MEMBERS_PER_BATCH = 100;

/**
 * Every member who reaches the lowest level or holds a live level, reconciled one by one: the
 * database sums the ledger (one aggregation, plus one per live member below the lowest threshold), awards are read 100 members at a time.
 */
export const evaluateAll = async (now = new Date()): Promise<EvaluationCounts> => {
  const settings = await readHonourSettings();
  const [minutes, live] = await Promise.all([verifiedMinutesByMember(settings.thresholds[0] * 60), membersWithLiveAwards()]);
  // A live level below today's lowest threshold (thresholds raised since) needs its member's own sum.
  await Promise.all(
    live.filter((openid) => !minutes.has(openid)).map(async (openid) => minutes.set(openid, await verifiedMinutesOf(openid))),
  );
  const openids = [...new Set([...minutes.keys(), ...live])];
  const counts: EvaluationCounts = { members: openids.length, noticed: 0, awarded: 0, withdrawn: 0 };
  for (let start = 0; start < openids.length; start += MEMBERS_PER_BATCH) {
    const batch = openids.slice(start, start + MEMBERS_PER_BATCH);
    const byMember = new Map<string, HonourAwardDocument[]>();
    for (const award of await awardsOfMembers(batch)) byMember.set(award.openid, [...(byMember.get(award.openid) ?? []), award]);
    const results = await Promise.all(
      batch.map((openid) => reconcileStanding(openid, minutes.get(openid) ?? 0, byMember.get(openid) ?? [], settings, now)),
    );
    for (const result of results) {
      counts.noticed += result.noticed;
      counts.awarded += result.awarded;
      counts.withdrawn += result.withdrawn;
    }
  }
  return counts;
};
