import { isRole, type Role } from '@core/roles';
import { database } from './cloudbase';
import { isDuplicateWrite } from './database-error';

/** The `users` collection's document; `_id` is the caller's openid, which makes first login race-safe. */
export interface UserDocument {
  _id: string;
  name: string;
  roles: Role[];
  orgUnitId: string | null;
  teamIds: string[];
  createdAt: Date;
  lastLoginAt: Date;
}

const users = () => database.collection('users');

/** Roles are stored data; anything unknown is dropped, and no role at all means guest. */
export const effectiveRoles = (stored: unknown): Role[] => {
  const roles = Array.isArray(stored) ? stored.filter(isRole) : [];
  return roles.length > 0 ? roles : ['guest'];
};

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
  const now = new Date();
  try {
    await users().add({ _id: openid, name, roles: ['guest'], orgUnitId: null, teamIds: [], createdAt: now, lastLoginAt: now });
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

export const recordLogin = async (openid: string): Promise<void> => {
  await users().doc(openid).update({ lastLoginAt: new Date() });
};
