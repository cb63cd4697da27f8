import type { MyTermContribution, StatsContract } from '@core/stats.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { memberStatsOf } from '../../_lib/stats/stats.repository';
import { ALL_TERMS } from '../../_lib/stats/stats-fold';

const hours = (minutes: number) => Math.round(((minutes ?? 0) / 60) * 10) / 10;

/** 我的贡献: the caller's own rollup documents (one per term and the all-terms one); nobody else's can be named. */
export const mine = async ({ caller }: ActionInvocation<StatsContract['mine']>) => {
  const rows = await memberStatsOf(caller.openid);
  const terms: MyTermContribution[] = rows
    .map((row) => ({
      termId: row.termId,
      bookingHours: hours(row.bookingMinutes),
      activityHours: hours(row.activityMinutes),
      verifiedHours: hours((row.bookingMinutes ?? 0) + (row.activityMinutes ?? 0)),
      ledgerEntries: row.ledgerEntries ?? 0,
      servicesGiven: row.servicesGiven ?? 0,
      peopleHelped: row.peopleHelped ?? 0,
    }))
    .sort((a, b) => (a.termId === ALL_TERMS ? -1 : b.termId === ALL_TERMS ? 1 : b.termId.localeCompare(a.termId)));
  return { terms };
};
