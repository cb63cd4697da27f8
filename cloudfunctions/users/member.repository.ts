import type { MembershipStatus, TeamMembership } from '@core/membership.types';
import { documentId } from '@core/text.schema';
import { z } from 'zod';
import { ActionError } from '../_lib/action-error';
import { database } from '../_lib/cloudbase';
import { inTransaction, readInTransaction } from '../_lib/transaction.repository';
import { users, type UserDocument } from '../_lib/user.repository';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';

const notAMember = () => new ActionError('NOT_A_MEMBER');

/**
 * Read-modify-write of one user inside a transaction, so two admins editing the same member's
 * teams cannot lose each other's change (the second conflicts and re-reads).
 */
const changeApprovedMember = (openid: string, change: (user: UserDocument) => Partial<UserDocument>): Promise<UserDocument> =>
  inTransaction(async (tx) => {
    const user = await readInTransaction<UserDocument>(tx, 'users', openid);
    if (!user || user.membershipStatus !== 'approved') throw notAMember();
    const changes = change(user);
    await tx.collection('users').doc(openid).update(changes);
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

export const hasMembersIn = async (orgUnitId: string): Promise<boolean> => {
  const { data } = await users().where({ orgUnitId }).limit(1).get();
  return data.length > 0;
};

/** Approved members of a unit (roll-over graduates them); a unit holds far fewer than one page of 1000. */
export const approvedMemberIdsIn = async (orgUnitId: string): Promise<string[]> => {
  const { data } = await users().where({ orgUnitId, membershipStatus: 'approved' }).field({ _id: true }).limit(1000).get();
  return (data as { _id: string }[]).map((row) => row._id).sort();
};

/** Conditional, so a second apply (or a member who changed meanwhile) is left alone. */
export const graduateMembers = async (orgUnitId: string, openids: string[]): Promise<number> => {
  if (openids.length === 0) return 0;
  const _ = database.command;
  const { updated } = await users()
    .where({ _id: _.in(openids), orgUnitId, membershipStatus: 'approved' })
    .update({ membershipStatus: 'graduated', teamRoles: [] });
  return updated ?? 0;
};

/** Letters/digits search number prefixes; anything else (Chinese names) name prefixes. */
const searchField = (query: string | undefined): 'memberNo' | 'name' => (query && /^[A-Za-z0-9]+$/.test(query) ? 'memberNo' : 'name');

/** A stored name or number as a sort value: only ever an operand of a range, bounded. */
const sortText = z.string().max(64);

/** The (membershipStatus, field, _id) indexes: by number or by name. */
const BY_FIELD = {
  memberNo: keyset({ memberNo: key.text('asc', sortText), _id: key.id('asc', documentId) }),
  name: keyset({ name: key.text('asc', sortText), _id: key.id('asc', documentId) }),
};

/** A prefix is the range [q, q + U+FFFF); the cursor continues after the last (field, _id) seen. */
export const pageMembers = (status: MembershipStatus, limit: number, query?: string, cursor?: string) => {
  const _ = database.command;
  const field = searchField(query);
  const prefix = field === 'memberNo' ? query?.toUpperCase() : query;
  const filter = prefix ? { membershipStatus: status, [field]: _.gte(prefix).and(_.lt(`${prefix}\uffff`)) } : { membershipStatus: status };
  return readKeysetPage<UserDocument>(users(), BY_FIELD[field], filter, { cursor, limit });
};
