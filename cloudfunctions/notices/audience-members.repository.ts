import type { NoticeAudience } from '@core/notice.types';
import { documentId } from '@core/text.schema';
import { database } from '../_lib/cloudbase';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';
import type { UserDocument } from '../_lib/user.repository';
import type { OrgTree } from '../_lib/org-tree.repository';

const _ = database.command;
const users = () => database.collection('users');

const ROLE_CLAUSES: Record<string, Record<string, unknown>> = {
  student: { memberKind: 'student' },
  teacher: { memberKind: 'teacher' },
  volunteer: { 'teamRoles.role': 'volunteer' },
  leader: { 'teamRoles.role': 'leader' },
  admin: { admin: true },
};

/**
 * The members an audience reaches, as a users query: the same rule as the audience keys
 * (approved members; org units with their descendants), evaluated from the members' side for the
 * fan-out, the "not yet" list and the audience counts. Admins configured only by env var are not
 * found here (they have no stored flag) and so are reached by `everyone`/org/team only.
 */
export const audienceFilter = (audience: NoticeAudience, tree: OrgTree): Record<string, unknown> => {
  const approved = { membershipStatus: 'approved' };
  switch (audience.kind) {
    case 'everyone':
      return approved;
    case 'orgUnits':
      return { ...approved, orgUnitId: _.in(tree.descendantsOf(audience.orgUnitIds)) };
    case 'teams':
      return { ...approved, 'teamRoles.teamId': _.in(audience.teamIds) };
    case 'roles':
      return _.and([approved, _.or(audience.roles.map((role) => ROLE_CLAUSES[role]))]) as unknown as Record<string, unknown>;
  }
};

export type AudienceMember = Pick<UserDocument, '_id' | 'name' | 'orgUnitId'>;

const BY_OPENID = keyset({ _id: key.id('asc', documentId) });

/** A client's page of the audience in openid order (the receipts' 未读 list). */
export const pageAudience = (filter: Record<string, unknown>, cursor: string | undefined, limit: number) =>
  readKeysetPage<AudienceMember>(users(), BY_OPENID, filter, { cursor, limit, projection: { name: true, orgUnitId: true } });

/** The fan-out's batch: the audience after the job's stored openid (server state, not a client cursor). */
export const pageAudienceMembers = async (
  filter: Record<string, unknown>,
  afterOpenid: string,
  limit: number,
): Promise<AudienceMember[]> => {
  const { data } = await users()
    .where(_.and([filter, { _id: _.gt(afterOpenid) }]))
    .orderBy('_id', 'asc')
    .field({ name: true, orgUnitId: true })
    .limit(limit)
    .get();
  return data as AudienceMember[];
};

export const countAudience = async (filter: Record<string, unknown>): Promise<number> => {
  const { total } = await users().where(filter).count();
  return total ?? 0;
};

export const audienceByOrgUnit = async (filter: Record<string, unknown>): Promise<Map<string | null, number>> => {
  const $ = database.command.aggregate;
  const { data } = await users()
    .aggregate()
    .match(filter)
    .group({ _id: '$orgUnitId', n: $.sum(1) })
    .limit(1000)
    .end();
  return new Map((data as { _id: string | null; n: number }[]).map((row) => [row._id ?? null, row.n]));
};
