import type { FileVisibility } from './file-purposes';
import type { Role } from './roles';

/** The facts of a claimed file that decide who may read it. */
export interface FileAccessFacts {
  owner: string;
  visibility: FileVisibility;
  readerRoles: readonly Role[];
}

/**
 * Whether a caller may get a temporary URL for a file: the owner and admins always; `public`
 * any signed-in caller; `members` anyone with a role beyond guest; plus the file's reader roles.
 */
export const mayReadFile = (file: FileAccessFacts, openid: string, roles: readonly Role[]): boolean => {
  if (file.owner === openid || roles.includes('admin')) return true;
  if (file.visibility === 'public') return true;
  if (file.visibility === 'members' && roles.some((role) => role !== 'guest')) return true;
  return roles.some((role) => file.readerRoles.includes(role));
};
