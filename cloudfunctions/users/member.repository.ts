import type { MembershipStatus, TeamMembership } from '@core/membership.types';
import { ActionError } from '../_lib/action-error';
import { inTransaction } from '../_lib/transaction.repository';
import { pageUsersByStatus, readUserIn, writeUserIn, type UserDocument } from '../_lib/user.repository';

/** The member directory and membership edits of the users function, over the users owner (_lib/user.repository.ts). */
export { approvedMemberIdsIn, graduateMembers, hasMembersIn } from '../_lib/user.repository';

const notAMember = () => new ActionError('NOT_A_MEMBER');

/**
 * Read-modify-write of one user inside a transaction, so two admins editing the same member's
 * teams cannot lose each other's change (the second conflicts and re-reads).
 */
const changeApprovedMember = (openid: string, change: (user: UserDocument) => Partial<UserDocument>): Promise<UserDocument> =>
  inTransaction(async (tx) => {
    const user = await readUserIn(tx, openid);
    if (!user || user.membershipStatus !== 'approved') throw notAMember();
    const changes = change(user);
    await writeUserIn(tx, openid, user, changes);
    return { ...user, ...changes };
  });

export const setTeamRole = (openid: string, teamId: string, role: TeamMembership['role'] | 'none') =>
  changeApprovedMember(openid, (user) => {
    const others = (user.teamRoles ?? []).filter((membership) => membership.teamId !== teamId);
    return { teamRoles: role === 'none' ? others : [...others, { teamId, role }] };
  });

/** Ends a membership but keeps the person: number, binding, class and history stay; team roles go. */
export const endMembership = (openid: string, status: 'graduated' | 'left') =>
  changeApprovedMember(openid, () => ({ membershipStatus: status, teamRoles: [] }));

/** Letters/digits search number prefixes; anything else (Chinese names) name prefixes. */
const searchField = (query: string | undefined): 'memberNo' | 'name' => (query && /^[A-Za-z0-9]+$/.test(query) ? 'memberNo' : 'name');

/** A prefix is the range [q, q + U+FFFF); the cursor continues after the last (field, _id) seen. */
export const pageMembers = (status: MembershipStatus, limit: number, query?: string, cursor?: string) => {
  const field = searchField(query);
  return pageUsersByStatus(status, field, field === 'memberNo' ? query?.toUpperCase() : query, cursor, limit);
};
