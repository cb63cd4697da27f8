import { deriveRoles, type RoleFacts } from '@core/member-roles';
import { MEMBERSHIP_STATUSES, TEAM_ROLES, type MemberKind, type MembershipStatus, type TeamMembership } from '@core/membership.types';
import type { Role } from '@core/roles';
import { isConfiguredAdmin } from './admin-config';
import { database } from './cloudbase';
import { isDuplicateWrite } from './database-error';

/**
 * The `users` collection's document; `_id` is the caller's openid, which makes first login
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
  latestApplicationId: string | null;
  createdAt: Date;
  lastLoginAt: Date;
}

export const users = () => database.collection('users');

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

export const findRoles = async (openid: string): Promise<Role[]> => rolesOfUser(openid, await findUser(openid));

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
