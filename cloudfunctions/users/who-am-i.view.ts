import type { WhoAmI } from '@core/users.contract';
import { effectiveRoles, type UserDocument } from '../_lib/user.repository';

/** The caller as the app sees them; a caller with no document yet is an unregistered guest. */
export const toWhoAmI = (openid: string, user: UserDocument | null): WhoAmI => ({
  openid,
  name: user?.name ?? '',
  roles: effectiveRoles(user?.roles),
  registered: user !== null,
  membershipStatus: 'none',
  orgUnitId: user?.orgUnitId ?? null,
  teamIds: Array.isArray(user?.teamIds) ? user.teamIds : [],
  teamRoles: [],
});
