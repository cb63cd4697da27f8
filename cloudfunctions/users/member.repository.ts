import { membershipStatusLabels, type MembershipStatus, type TeamMembership } from '@core/membership.types';
import { maskIdNumber } from '@core/member-contact-mask';
import { idTypeLabels } from '@core/member-identity';
import { roleLabels } from '@core/roles';
import { ActionError } from '../_lib/action-error';
import { recordAdminChange } from '../_lib/admin-audit.repository';
import type { Caller } from '../_lib/define-function';
import { inTransaction } from '../_lib/transaction.repository';
import { pageUsersByStatus, readUserIn, writeUserIn, type UserDocument } from '../_lib/user.repository';
import { decideJoinRequestIn, readJoinRequestIn, type TeamJoinDocument } from './team-join.repository';

/** The member directory and membership edits of the users function, over the users owner (_lib/user.repository.ts). */
export { approvedMemberIdsIn, graduateMembers, hasMembersIn } from '../_lib/user.repository';

const notAMember = () => new ActionError('NOT_A_MEMBER');

/**
 * Read-modify-write of one user inside a transaction, so two admins editing the same member's
 * teams cannot lose each other's change (the second conflicts and re-reads). The admin audit
 * entry is written in the same transaction: a change never lands without its entry.
 */
const changeApprovedMember = (
  openid: string,
  change: (user: UserDocument) => Partial<UserDocument>,
  audit: (before: UserDocument, after: UserDocument) => Parameters<typeof recordAdminChange>[0],
): Promise<UserDocument> =>
  inTransaction(async (tx) => {
    const user = await readUserIn(tx, openid);
    if (!user || user.membershipStatus !== 'approved') throw notAMember();
    const changes = change(user);
    await writeUserIn(tx, openid, user, changes);
    const next = { ...user, ...changes };
    await recordAdminChange(audit(user, next), tx);
    return next;
  });

const roleIn = (user: UserDocument, teamId: string) => {
  const held = (user.teamRoles ?? []).find((membership) => membership.teamId === teamId);
  return held ? roleLabels[held.role] : null;
};

export const setTeamRole = (actor: Caller, openid: string, team: { teamId: string; name: string }, role: TeamMembership['role'] | 'none') =>
  changeApprovedMember(
    openid,
    (user) => {
      const others = (user.teamRoles ?? []).filter((membership) => membership.teamId !== team.teamId);
      return { teamRoles: role === 'none' ? others : [...others, { teamId: team.teamId, role }] };
    },
    (before, after) => ({
      kind: role === 'none' ? 'role.revoke' : 'role.grant',
      actor,
      target: { type: 'member', id: openid, label: before.name },
      before: { team: team.name, role: roleIn(before, team.teamId) },
      after: { team: team.name, role: roleIn(after, team.teamId) },
    }),
  );

/** Ends a membership but keeps the person: number, binding, class and history stay; team roles go. */
export const endMembership = (actor: Caller, openid: string, status: 'graduated' | 'left') =>
  changeApprovedMember(
    openid,
    () => ({ membershipStatus: status, teamRoles: [] }),
    (before) => ({
      kind: 'member.status',
      actor,
      target: { type: 'member', id: openid, label: before.name },
      before: { status: membershipStatusLabels[before.membershipStatus] },
      after: { status: membershipStatusLabels[status] },
    }),
  );

const identityWords = (user: Pick<UserDocument, 'volunteerNo' | 'idType' | 'idNumber'>) => ({
  volunteerNo: user.volunteerNo ?? '未填写',
  idType: user.idType ? idTypeLabels[user.idType] : '未填写',
  idNumber: user.idNumber ? maskIdNumber(user.idNumber) : '未填写',
});

/** 志愿者编号 and ID document; the audit entry keeps the ID number masked. */
export const setMemberIdentity = (actor: Caller, openid: string, identity: Pick<UserDocument, 'volunteerNo' | 'idType' | 'idNumber'>) =>
  changeApprovedMember(
    openid,
    () => identity,
    (before, after) => ({
      kind: 'member.identity',
      actor,
      target: { type: 'member', id: openid, label: before.name },
      before: identityWords(before),
      after: identityWords(after),
    }),
  );

/** Letters/digits search number prefixes; anything else (Chinese names) name prefixes. */
const searchField = (query: string | undefined): 'memberNo' | 'name' => (query && /^[A-Za-z0-9]+$/.test(query) ? 'memberNo' : 'name');

/** A prefix is the range [q, q + U+FFFF); the cursor continues after the last (field, _id) seen. */
export const pageMembers = (status: MembershipStatus, limit: number, query?: string, cursor?: string) => {
  const field = searchField(query);
  return pageUsersByStatus(status, field, field === 'memberNo' ? query?.toUpperCase() : query, cursor, limit);
};

/**
 * Decides a join request: the request closes and, on approval, the member becomes a volunteer of
 * the team, in one transaction with its audit entry. A member who already holds a role in the team
 * keeps it (a leader stays leader).
 */
export const decideTeamJoin = (
  actor: Caller,
  requestId: string,
  decision: { status: 'approved' | 'declined'; reason: string },
): Promise<TeamJoinDocument> =>
  inTransaction(async (tx) => {
    const request = await readJoinRequestIn(tx, requestId);
    if (!request) throw new ActionError('NOT_FOUND', '申请不存在');
    if (request.status !== 'pending') throw new ActionError('APPLICATION_CLOSED');
    const user = await readUserIn(tx, request.openid);
    if (decision.status === 'approved') {
      if (!user || user.membershipStatus !== 'approved') throw notAMember();
      const held = (user.teamRoles ?? []).some((membership) => membership.teamId === request.teamId);
      if (!held)
        await writeUserIn(tx, request.openid, user, {
          teamRoles: [...(user.teamRoles ?? []), { teamId: request.teamId, role: 'volunteer' }],
        });
    }
    const decided = await decideJoinRequestIn(tx, request, { ...decision, by: actor.openid, at: new Date() });
    await recordAdminChange(
      {
        kind: 'team.join',
        actor,
        target: { type: 'member', id: request.openid, label: request.name },
        before: { team: request.teamName, status: '待审核' },
        after: { team: request.teamName, status: decision.status === 'approved' ? '已通过' : '未通过' },
        reason: decision.reason,
      },
      tx,
    );
    return decided;
  });

/** A leader's roster edit: volunteer on, or off the team with a reason; a leader's role is left to admins. */
export const setRosterRole = (
  actor: Caller,
  openid: string,
  team: { teamId: string; name: string },
  role: 'volunteer' | 'none',
  reason: string,
) =>
  changeApprovedMember(
    openid,
    (user) => {
      const held = (user.teamRoles ?? []).find((membership) => membership.teamId === team.teamId);
      if (held?.role === 'leader') throw new ActionError('FORBIDDEN', '没有权限：队长的角色由管理员调整');
      const others = (user.teamRoles ?? []).filter((membership) => membership.teamId !== team.teamId);
      return { teamRoles: role === 'none' ? others : [...others, { teamId: team.teamId, role }] };
    },
    (before, after) => ({
      kind: 'team.roster',
      actor,
      target: { type: 'member', id: openid, label: before.name },
      before: { team: team.name, role: roleIn(before, team.teamId) },
      after: { team: team.name, role: roleIn(after, team.teamId) },
      reason,
    }),
  );
