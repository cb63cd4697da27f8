import type { Caller } from '../define-function';
import { ActionError } from '../action-error';
import type { ActivityDocument } from './activity.document';

/**
 * Who organises an activity: an admin, the member who created it, or a leader of its team. The
 * router lets admins and leaders into organiser actions; this narrows them to the activity.
 */
export const canOrganise = async (caller: Caller, activity: Pick<ActivityDocument, 'organiserOpenid' | 'teamId'>): Promise<boolean> => {
  if (activity.organiserOpenid === caller.openid) return true;
  const roles = await caller.roles();
  if (roles.includes('admin')) return true;
  if (!activity.teamId || !roles.includes('leader')) return false;
  const user = await caller.user();
  return (user?.teamRoles ?? []).some((membership) => membership.teamId === activity.teamId && membership.role === 'leader');
};

export const requireOrganiser = async (caller: Caller, activity: Pick<ActivityDocument, 'organiserOpenid' | 'teamId'>): Promise<void> => {
  if (!(await canOrganise(caller, activity))) throw new ActionError('FORBIDDEN', '没有权限：仅活动组织者或团委管理员可以进行此操作');
};
