import { memberKeysOf } from '@core/notice-audience';
import type { Role } from '@core/roles';
import type { Caller } from '../_lib/define-function';
import { rolesOfUser, type UserDocument } from '../_lib/user.repository';
import { loadOrgTree } from '../_lib/org-tree';

export interface MemberAudience {
  user: UserDocument | null;
  roles: Role[];
  /** Audience keys the caller matches; empty for guests. */
  keys: string[];
  /** Notices published before this are not the member's (feed and badge start at joining). */
  since: Date;
  isAdmin: boolean;
}

/**
 * The caller's user document (the one the guard may already have read: at most one read per
 * invocation) + the cached org tree: the caller's roles and audience keys together.
 */
export const loadMemberAudience = async (caller: Caller): Promise<MemberAudience> => {
  const { openid } = caller;
  const [user, tree] = await Promise.all([caller.user(), loadOrgTree()]);
  const roles = rolesOfUser(openid, user);
  const keys = memberKeysOf({
    orgUnitPath: tree.pathOf(user?.orgUnitId ?? null),
    teamIds: (user?.teamRoles ?? []).map((membership) => membership.teamId),
    roles,
    openid,
  });
  const since = user?.createdAt instanceof Date ? user.createdAt : new Date(user?.createdAt ?? 0);
  return { user, roles, keys, since, isAdmin: roles.includes('admin') };
};
