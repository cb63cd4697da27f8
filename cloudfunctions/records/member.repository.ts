import { database } from '../_lib/cloudbase';
import type { UserDocument } from '../_lib/user.repository';

const _ = database.command;

export type MemberRow = Pick<UserDocument, '_id' | 'name' | 'memberNo' | 'orgUnitId'>;

const MEMBER_FIELDS = { _id: true, name: true, memberNo: true, orgUnitId: true };

/** The approved member holding a 学号/工号, or null. */
export const findApprovedMemberByNo = async (memberNo: string): Promise<MemberRow | null> => {
  const { data } = await database.collection('users').where({ memberNo, membershipStatus: 'approved' }).field(MEMBER_FIELDS).limit(1).get();
  return (data[0] as MemberRow | undefined) ?? null;
};

/** Members by openid, for export rows; at most 1,000 ids per query. */
export const membersByOpenid = async (openids: readonly string[]): Promise<Map<string, MemberRow>> => {
  const members = new Map<string, MemberRow>();
  const unique = [...new Set(openids)];
  for (let i = 0; i < unique.length; i += 1000) {
    const { data } = await database
      .collection('users')
      .where({ _id: _.in(unique.slice(i, i + 1000)) })
      .field(MEMBER_FIELDS)
      .limit(1000)
      .get();
    for (const member of data as MemberRow[]) members.set(member._id, member);
  }
  return members;
};

/** Org unit id → name (a college has tens of units). */
export const orgUnitNames = async (): Promise<Map<string, string>> => {
  const { data } = await database.collection('org_units').field({ _id: true, name: true }).limit(1000).get();
  return new Map((data as { _id: string; name: string }[]).map((unit) => [unit._id, unit.name]));
};
