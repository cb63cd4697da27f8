import type { WhoAmI } from '@core/users.contract';
import { roleFactsOf, rolesOfUser, type UserDocument } from '../_lib/user.repository';

/** The caller as the app sees them; a caller with no document yet is an unregistered guest. */
export const toWhoAmI = (openid: string, user: UserDocument | null): WhoAmI => {
  const facts = roleFactsOf(user);
  // Team roles only count while the membership is approved, so only then are they shown.
  const teamRoles = facts?.membershipStatus === 'approved' ? [...facts.teamRoles] : [];
  return {
    openid,
    name: user?.name ?? '',
    roles: rolesOfUser(openid, user),
    registered: user !== null,
    membershipStatus: facts?.membershipStatus ?? 'none',
    orgUnitId: user?.orgUnitId ?? null,
    teamIds: teamRoles.map((membership) => membership.teamId),
    teamRoles,
  };
};
