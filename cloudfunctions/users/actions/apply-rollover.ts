import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { loadRolloverPlan } from '../load-rollover-plan';
import { graduateMembers } from '../member.repository';
import { archiveClass, promoteClass } from '../../_lib/org-unit.repository';

/**
 * Re-plans and compares hashes, so only what the admin reviewed is applied. Each write is
 * conditional on the state the plan saw: a repeated or concurrent apply changes nothing twice,
 * and after an interruption a fresh preview lists exactly what is left.
 */
export const applyRollover = async ({ params, caller }: ActionInvocation<UsersContract['applyRollover']>) => {
  const plan = await loadRolloverPlan(params.toYear);
  if (plan.planHash !== params.planHash) throw new ActionError('PLAN_STALE');
  let promotedClasses = 0;
  let archivedClasses = 0;
  let graduatedMembers = 0;
  for (const move of plan.moves) {
    if (move.toStage !== null) {
      if (await promoteClass(move.orgUnitId, move.fromStage, move.toStage, plan.toYear)) promotedClasses += 1;
      continue;
    }
    // Members first: if interrupted here the class is still listed and the rest follows next time.
    graduatedMembers += await graduateMembers(move.orgUnitId, move.memberIds);
    if (await archiveClass(move.orgUnitId, move.fromStage, plan.toYear)) archivedClasses += 1;
  }
  const applied = { promotedClasses, archivedClasses, graduatedMembers };
  // A repeated apply that changed nothing is not a change worth a line in the trail.
  if (promotedClasses + archivedClasses + graduatedMembers > 0)
    await recordAdminChange({
      kind: 'orgUnit.rollover',
      actor: caller,
      target: { type: 'orgUnit', id: `rollover-${plan.toYear}`, label: `${plan.toYear} 学年` },
      before: null,
      after: { year: plan.toYear, ...applied },
    });
  return applied;
};
