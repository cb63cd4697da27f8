import { approvedMemberIdsIn } from './member.repository';
import { listActiveClasses } from '../_lib/org-unit.repository';
import { isGraduating, planRollover, type FullPlan } from './rollover-plan';

/** Reads the current classes and graduating members and plans from them; preview and apply both start here. */
export const loadRolloverPlan = async (toYear: number): Promise<FullPlan> => {
  const classes = await listActiveClasses();
  const graduating = new Map<string, string[]>();
  for (const unit of classes.filter(isGraduating)) graduating.set(unit._id, await approvedMemberIdsIn(unit._id));
  return planRollover(toYear, classes, graduating);
};
