import type { Term } from '@core/activity.types';
import type { Envelope } from '@core/envelope';
import { shanghaiDay } from '@core/shanghai-time';
import type { OrgUnit } from '@core/org-units.contract';
import { listOrgUnits, listTeams } from '@/services/org-units';
import { listTerms } from '@/services/records';

export interface FilterChoices {
  terms: Term[];
  /** Only what the filter and the bars name (keeps the page's data small on weapp). */
  teams: { teamId: string; name: string }[];
  orgUnits: OrgUnit[];
}

/** Terms, teams and the org tree in one load (any failing fails the filters). */
export const loadFilterChoices = async (): Promise<Envelope<FilterChoices>> => {
  const [terms, teams, units] = await Promise.all([listTerms(), listTeams(), listOrgUnits()]);
  if (!terms.ok) return terms;
  if (!teams.ok) return teams;
  if (!units.ok) return units;
  return {
    ok: true,
    data: { terms: terms.data.terms, teams: teams.data.teams.map(({ teamId, name }) => ({ teamId, name })), orgUnits: units.data.units },
  };
};

/** The term around today, else the latest one. */
export const currentTermId = (terms: Term[]): string => {
  const today = shanghaiDay(new Date());
  const around = terms.find((term) => term.startDay <= today && today <= term.endDay);
  const latest = [...terms].sort((a, b) => b.startDay.localeCompare(a.startDay))[0];
  return (around ?? latest)?.termId ?? '';
};
