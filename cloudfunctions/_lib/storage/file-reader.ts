import type { Role } from '@core/roles';
import { teamRolesOf } from '../team-leadership';
import type { Caller } from '../define-function';
import { rolesOfUser } from '../user.repository';

/** What a file's read policy asks of a caller: roles, and the teams they serve. */
export interface ReaderFacts {
  roles: Role[];
  /** Teams the caller is a volunteer or leader of, only while the membership is approved (as roles are). */
  staffTeams: string[];
}

/** Both from the invocation's one read of the caller's user document. */
export const readerFactsOf = async (caller: Caller): Promise<ReaderFacts> => {
  const user = await caller.user();
  return { roles: rolesOfUser(caller.openid, user), staffTeams: [...teamRolesOf(user).keys()] };
};
