import type { StatFact } from './stat-fact';
import { recordStatFacts } from './stats.repository';

/**
 * Counts a change's facts after it committed. The change stands whatever happens here: a failure
 * is logged, and the facts are counted by the record's next change (sites emit every fact of the
 * record's state; applied ones are skipped) or by the nightly rebuild.
 */
export const countFacts = async (where: string, facts: readonly StatFact[]): Promise<void> => {
  try {
    await recordStatFacts(facts);
  } catch (error) {
    console.error(`[stats] ${where}: facts not counted (the nightly rebuild counts them)`, error);
  }
};
