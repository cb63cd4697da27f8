import type { RolloverPlan, UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { loadRolloverPlan } from '../load-rollover-plan';

/** The member ids stay on the server; the admin reviews classes and counts. */
export const previewRollover = async ({ params }: ActionInvocation<UsersContract['previewRollover']>): Promise<RolloverPlan> => {
  const plan = await loadRolloverPlan(params.toYear);
  return { ...plan, moves: plan.moves.map(({ memberIds: _memberIds, ...move }) => move) };
};
