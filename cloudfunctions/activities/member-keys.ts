import type { ActivityAudience } from '@core/activity.types';
import { memberKeysOf } from '@core/notice-audience';
import { ActionError } from '../_lib/action-error';
import { loadOrgTree } from '../_lib/org-tree';
import type { Caller } from '../_lib/define-function';
import { rolesOfUser, type UserDocument } from '../_lib/user.repository';

/** The keys an activity is addressed to, in the notices' vocabulary (`all`, `org:<id>`, `team:<id>`). */
export const audienceKeysOfActivity = (audience: ActivityAudience): string[] => {
  switch (audience.kind) {
    case 'everyone':
      return ['all'];
    case 'orgUnits':
      return [...new Set(audience.orgUnitIds)].map((id) => `org:${id}`);
    case 'team':
      return [`team:${audience.teamId}`];
  }
};

export const isApprovedMember = (user: UserDocument | null): user is UserDocument => user?.membershipStatus === 'approved';

/** The caller as an approved member with the audience keys they hold; guests are refused. */
export const requireMemberKeys = async (caller: Caller): Promise<{ user: UserDocument; keys: string[] }> => {
  const user = await caller.user();
  if (!isApprovedMember(user)) throw new ActionError('NOT_A_MEMBER', '仅在册成员可以报名活动，请先在“我的”中完成成员认证');
  const keys = memberKeysOf({
    orgUnitPath: (await loadOrgTree()).pathOf(user.orgUnitId ?? null),
    teamIds: (user.teamRoles ?? []).map((membership) => membership.teamId),
    roles: rolesOfUser(caller.openid, user),
  });
  return { user, keys };
};
