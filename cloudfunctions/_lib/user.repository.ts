import { deriveRoles, type RoleFacts } from '@core/member-roles';
import { MEMBERSHIP_STATUSES, TEAM_ROLES, type MemberKind, type MembershipStatus, type TeamMembership } from '@core/membership.types';
import type { IdType } from '@core/member-identity';
import type { NoticeAudience } from '@core/notice.types';
import type { TeamVolunteer } from '@core/booking.types';
import type { Role } from '@core/roles';
import { documentId } from '@core/text.schema';
import { z } from 'zod';
import { isConfiguredAdmin } from './admin-config';
import { database } from './cloudbase';
import { isDuplicateWrite } from './database-error';
import { key } from './keyset/key-fields';
import { keyset } from './keyset/keyset';
import { readKeysetPage } from './keyset/keyset-page.repository';
import type { OrgTree } from './org-tree';
import { readInTransaction, type TransactionScope } from './transaction.repository';
import { participantsOfKeys } from '@core/notice-audience';

/**
 * The owner of the `users` collection: every read and write of a user document, for every
 * function, is one of the functions below. The `users` collection's document; `_id` is the caller's openid, which makes first login
 * race-safe. Roles are not stored: they are derived from these facts on every call.
 */
export interface UserDocument {
  _id: string;
  name: string;
  membershipStatus: MembershipStatus;
  memberKind: MemberKind | null;
  memberNo: string | null;
  phone: string | null;
  orgUnitId: string | null;
  teamRoles: TeamMembership[];
  /** Granted in data by a deploy-time admin; the env var is the other source. */
  admin?: boolean;
  /** The national platform's 志愿者编号 and an ID document (issue 18); absent until an admin sets them. */
  volunteerNo?: string | null;
  idType?: IdType | null;
  idNumber?: string | null;
  latestApplicationId: string | null;
  createdAt: Date;
  lastLoginAt: Date;
}

const users = () => database.collection('users');
const _ = database.command;

/** A fresh user's document; also used when an application arrives before the first login. */
export const newUserDocument = (openid: string, name: string, now = new Date()): UserDocument => ({
  _id: openid,
  name,
  membershipStatus: 'none',
  memberKind: null,
  memberNo: null,
  phone: null,
  orgUnitId: null,
  teamRoles: [],
  latestApplicationId: null,
  createdAt: now,
  lastLoginAt: now,
});

const isTeamMembership = (value: unknown): value is TeamMembership =>
  !!value &&
  typeof (value as TeamMembership).teamId === 'string' &&
  (TEAM_ROLES as readonly string[]).includes((value as TeamMembership).role);

/** Reads stored facts defensively: anything malformed grants nothing. */
export const roleFactsOf = (user: Partial<UserDocument> | null): RoleFacts | null =>
  user
    ? {
        membershipStatus: (MEMBERSHIP_STATUSES as readonly unknown[]).includes(user.membershipStatus)
          ? (user.membershipStatus as MembershipStatus)
          : 'none',
        memberKind: user.memberKind === 'student' || user.memberKind === 'teacher' ? user.memberKind : null,
        teamRoles: Array.isArray(user.teamRoles) ? user.teamRoles.filter(isTeamMembership) : [],
        admin: user.admin === true,
      }
    : null;

export const rolesOfUser = (openid: string, user: Partial<UserDocument> | null): Role[] =>
  deriveRoles(roleFactsOf(user), isConfiguredAdmin(openid));

export const findUser = async (openid: string): Promise<UserDocument | null> => {
  const { data } = await users().doc(openid).get();
  const found = Array.isArray(data) ? data[0] : data;
  return (found as UserDocument | undefined) ?? null;
};

/**
 * Inserts the user with `_id = openid`. A concurrent first login loses the insert with
 * DATABASE_DUPLICATE_WRITE, which means the document now exists: report "not created".
 */
export const insertUserIfAbsent = async (openid: string, name: string): Promise<boolean> => {
  try {
    await users().add(newUserDocument(openid, name));
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

export const recordLogin = async (openid: string): Promise<void> => {
  await users().doc(openid).update({ lastLoginAt: new Date() });
};

/** Inside a transaction (see transaction.repository.ts): the user as the transaction sees them. */
export const readUserIn = (tx: TransactionScope, openid: string): Promise<UserDocument | null> =>
  readInTransaction<UserDocument>(tx, 'users', openid);

/** Inside a transaction: new facts for `existing`, or a fresh document if the person never logged in. */
export const writeUserIn = async (tx: TransactionScope, openid: string, existing: UserDocument | null, changes: Partial<UserDocument>) => {
  const ref = tx.collection('users').doc(openid);
  if (existing) await ref.update(changes);
  else {
    // set() takes the id from the reference; the body must not carry `_id`.
    const { _id: _ignored, ...fresh } = newUserDocument(openid, changes.name ?? '');
    await ref.set({ ...fresh, ...changes });
  }
};

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
  const { updated } = await users()
    .where({ _id: _.in(openids), orgUnitId, membershipStatus: 'approved' })
    .update({ membershipStatus: 'graduated', teamRoles: [] });
  return updated ?? 0;
};

/** A stored name or number as a sort value: only ever an operand of a range, bounded. */
const sortText = z.string().max(64);

/** The (membershipStatus, field, _id) indexes: by number or by name. */
const BY_FIELD = {
  memberNo: keyset({ memberNo: key.text('asc', sortText), _id: key.id('asc', documentId) }),
  name: keyset({ name: key.text('asc', sortText), _id: key.id('asc', documentId) }),
};

/** A page of users of one status in (field, _id) order; a prefix is the range [prefix, prefix + U+FFFF). */
export const pageUsersByStatus = (
  status: MembershipStatus,
  field: 'memberNo' | 'name',
  prefix: string | undefined,
  cursor: string | undefined,
  limit: number,
) => {
  const filter = prefix ? { membershipStatus: status, [field]: _.gte(prefix).and(_.lt(`${prefix}\uffff`)) } : { membershipStatus: status };
  return readKeysetPage<UserDocument>(users(), BY_FIELD[field], filter, { cursor, limit });
};

/** Approved members holding a role in the team (a team is tens of people; 1000 is a ceiling, not a page). */
export const listTeamMembers = async (teamId: string): Promise<TeamVolunteer[]> => {
  const { data } = await users().where({ membershipStatus: 'approved', 'teamRoles.teamId': teamId }).limit(1000).get();
  return (data as UserDocument[]).flatMap((user) =>
    (user.teamRoles ?? [])
      .filter((membership) => membership.teamId === teamId)
      .map((membership) => ({ openid: user._id, name: user.name, role: membership.role })),
  );
};

export type MemberRow = Pick<UserDocument, '_id' | 'name' | 'memberNo' | 'orgUnitId'>;

const MEMBER_FIELDS = { _id: true, name: true, memberNo: true, orgUnitId: true };

/** The approved member holding a 学号/工号, or null. */
export const findApprovedMemberByNo = async (memberNo: string): Promise<MemberRow | null> => {
  const { data } = await users().where({ memberNo, membershipStatus: 'approved' }).field(MEMBER_FIELDS).limit(1).get();
  return (data[0] as MemberRow | undefined) ?? null;
};

/** Members by openid, for export rows; at most 1,000 ids per query. */
export const membersByOpenid = async (openids: readonly string[]): Promise<Map<string, MemberRow>> => {
  const members = new Map<string, MemberRow>();
  const unique = [...new Set(openids)];
  for (let i = 0; i < unique.length; i += 1000) {
    const { data } = await users()
      .where({ _id: _.in(unique.slice(i, i + 1000)) })
      .field(MEMBER_FIELDS)
      .limit(1000)
      .get();
    for (const member of data as MemberRow[]) members.set(member._id, member);
  }
  return members;
};

/** What the national-platform export writes of a member (admins only: it carries the ID number). */
export type PlatformIdentityRow = Pick<
  UserDocument,
  '_id' | 'name' | 'memberNo' | 'phone' | 'orgUnitId' | 'volunteerNo' | 'idType' | 'idNumber'
>;
const PLATFORM_FIELDS = {
  _id: true,
  name: true,
  memberNo: true,
  phone: true,
  orgUnitId: true,
  volunteerNo: true,
  idType: true,
  idNumber: true,
};

export const platformIdentitiesByOpenid = async (openids: readonly string[]): Promise<Map<string, PlatformIdentityRow>> => {
  const members = new Map<string, PlatformIdentityRow>();
  const unique = [...new Set(openids)];
  for (let i = 0; i < unique.length; i += 1000) {
    const { data } = await users()
      .where({ _id: _.in(unique.slice(i, i + 1000)) })
      .field(PLATFORM_FIELDS)
      .limit(1000)
      .get();
    for (const member of data as PlatformIdentityRow[]) members.set(member._id, member);
  }
  return members;
};

const ROLE_CLAUSES: Record<string, Record<string, unknown>> = {
  student: { memberKind: 'student' },
  teacher: { memberKind: 'teacher' },
  volunteer: { 'teamRoles.role': 'volunteer' },
  leader: { 'teamRoles.role': 'leader' },
  admin: { admin: true },
};

/** Who a notice's audience reaches, as this module's own query; opaque to everyone else. */
export type AudienceFilter = { readonly audienceFilter: unique symbol };

/**
 * The members an audience reaches: the same rule as the audience keys (approved members; org
 * units with their descendants; an activity's participants by the notice's stored keys), evaluated from the members' side for the fan-out, the "not yet"
 * list and the audience counts. Admins configured only by env var are not found here (they have
 * no stored flag) and so are reached by `everyone`/org/team only.
 */
export const audienceFilter = (audience: NoticeAudience, tree: OrgTree, audienceKeys: string[] = []): AudienceFilter => {
  const approved = { membershipStatus: 'approved' };
  const filter = (() => {
    switch (audience.kind) {
      case 'everyone':
        return approved;
      case 'orgUnits':
        return { ...approved, orgUnitId: _.in(tree.descendantsOf(audience.orgUnitIds)) };
      case 'teams':
        return { ...approved, 'teamRoles.teamId': _.in(audience.teamIds) };
      case 'roles':
        return _.and([approved, _.or(audience.roles.map((role) => ROLE_CLAUSES[role]))]);
      case 'activity':
        // The participants as resolved at publish (the notice's `user:` keys), at most an activity's capacity.
        return { ...approved, _id: _.in(participantsOfKeys(audienceKeys)) };
    }
  })();
  return filter as unknown as AudienceFilter;
};

const conditionOf = (filter: AudienceFilter) => filter as unknown as Record<string, unknown>;

export type AudienceMember = Pick<UserDocument, '_id' | 'name' | 'orgUnitId'>;

const BY_OPENID = keyset({ _id: key.id('asc', documentId) });

/** A client's page of the audience in openid order (the receipts' 未读 list). */
export const pageAudience = (filter: AudienceFilter, cursor: string | undefined, limit: number) =>
  readKeysetPage<AudienceMember>(users(), BY_OPENID, conditionOf(filter), { cursor, limit, projection: { name: true, orgUnitId: true } });

/** The fan-out's batch: the audience after the job's stored openid (server state, not a client cursor). */
export const pageAudienceMembers = async (filter: AudienceFilter, afterOpenid: string, limit: number): Promise<AudienceMember[]> => {
  const { data } = await users()
    .where(_.and([conditionOf(filter), { _id: _.gt(afterOpenid) }]))
    .orderBy('_id', 'asc')
    .field({ name: true, orgUnitId: true })
    .limit(limit)
    .get();
  return data as AudienceMember[];
};

export const countAudience = async (filter: AudienceFilter): Promise<number> => {
  const { total } = await users().where(conditionOf(filter)).count();
  return total ?? 0;
};

export const audienceByOrgUnit = async (filter: AudienceFilter): Promise<Map<string | null, number>> => {
  const $ = database.command.aggregate;
  const { data } = await users()
    .aggregate()
    .match(conditionOf(filter))
    .group({ _id: '$orgUnitId', n: $.sum(1) })
    .limit(1000)
    .end();
  return new Map((data as { _id: string | null; n: number }[]).map((row) => [row._id ?? null, row.n]));
};
