import type { Role } from '@core/roles';
import { findUser, roleFactsOf, rolesOfUser } from '../user.repository';

/** What a file's read policy asks of a caller: roles, and the teams they serve. */
export interface ReaderFacts {
  roles: Role[];
  /** Teams the caller is a volunteer or leader of, only while the membership is approved (as roles are). */
  staffTeams: string[];
}

/** Both from one read of the caller's user document. */
export const readerFactsOf = async (openid: string): Promise<ReaderFacts> => {
  const user = await findUser(openid);
  const facts = roleFactsOf(user);
  const staffTeams = facts?.membershipStatus === 'approved' ? facts.teamRoles.map((membership) => membership.teamId) : [];
  return { roles: rolesOfUser(openid, user), staffTeams };
};
