import type { MembershipStatus, TeamMembership } from '@core/membership.types';
import { ActionError } from '../_lib/action-error';
import { database } from '../_lib/cloudbase';
import { inTransaction, readInTransaction } from '../_lib/transaction.repository';
import { users, type UserDocument } from '../_lib/user.repository';
import { decodeCursor, encodeCursor } from './page-cursor';

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

/**
 * Keyset page over the (membershipStatus, field, _id) index: a prefix is the range
 * [q, q + U+FFFF), the cursor continues after the last (field, _id) seen.
 */
export const pageMembers = async (status: MembershipStatus, limit: number, query?: string, cursor?: string) => {
  const _ = database.command;
  const field = searchField(query);
  const prefix = field === 'memberNo' ? query?.toUpperCase() : query;
  const conditions: object[] = [{ membershipStatus: status }];
  if (prefix) conditions.push({ [field]: _.gte(prefix).and(_.lt(`${prefix}\uffff`)) });
  if (cursor) {
    const after = decodeCursor(cursor, 'string');
    conditions.push(_.or([{ [field]: _.gt(after.key) }, { [field]: after.key, _id: _.gt(after.id) }]));
  }
  const { data } = await users()
    .where(_.and(conditions))
    .orderBy(field, 'asc')
    .orderBy('_id', 'asc')
    .limit(limit + 1)
    .get();
  const rows = data as UserDocument[];
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(String(last[field] ?? ''), last._id) : null };
};
