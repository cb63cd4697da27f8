import type { Envelope } from '@core/envelope';
import type { Term } from '@core/activity.types';
import type { NominationRule } from '@core/honours';
import { honourSettings } from '@/services/honours';
import { listTerms } from '@/services/records';

export interface NominationChoices {
  terms: Term[];
  rules: NominationRule[];
}

/** The terms and the committee's rules, in one load (either failing fails the page). */
export const loadChoices = async (): Promise<Envelope<NominationChoices>> => {
  const [terms, settings] = await Promise.all([listTerms(), honourSettings()]);
  if (!terms.ok) return terms;
  if (!settings.ok) return settings;
  return { ok: true, data: { terms: terms.data.terms, rules: settings.data.settings.nominationRules } };
};
