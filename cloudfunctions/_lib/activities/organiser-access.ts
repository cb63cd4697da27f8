import type { Caller } from '../define-function';
import { ActionError } from '../action-error';
import { leadsTeam } from '../team-leadership';
import type { ActivityDocument } from '../activity.repository';

/**
 * Who organises an activity: an admin, the member who created it, or a leader of its team. The
 * router lets admins and leaders into organiser actions; this narrows them to the activity.
 */
export const canOrganise = async (caller: Caller, activity: Pick<ActivityDocument, 'organiserOpenid' | 'teamId'>): Promise<boolean> => {
  if (activity.organiserOpenid === caller.openid) return true;
  if ((await caller.roles()).includes('admin')) return true;
  return !!activity.teamId && leadsTeam(await caller.user(), activity.teamId);
};

export const requireOrganiser = async (caller: Caller, activity: Pick<ActivityDocument, 'organiserOpenid' | 'teamId'>): Promise<void> => {
  if (!(await canOrganise(caller, activity))) throw new ActionError('FORBIDDEN', '没有权限：仅活动组织者或团委管理员可以进行此操作');
};
