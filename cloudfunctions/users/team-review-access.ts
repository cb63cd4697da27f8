import { ActionError } from '../_lib/action-error';
import type { Caller } from '../_lib/define-function';
import { leadsTeam } from '../_lib/team-leadership';

/** A team's join queue belongs to its leader; admins may act for any team. */
export const requireTeamReviewer = async (caller: Caller, teamId: string): Promise<void> => {
  if (leadsTeam(await caller.user(), teamId)) return;
  if ((await caller.roles()).includes('admin')) return;
  throw new ActionError('FORBIDDEN', '没有权限：仅本队队长或管理员可以审核入队申请');
};
