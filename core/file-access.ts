import type { FileVisibility } from './file-purposes';
import type { Role } from './roles';

/** The facts of a claimed file that decide who may read it. */
export interface FileAccessFacts {
  owner: string;
  visibility: FileVisibility;
  readerRoles: readonly Role[];
  /** Teams whose staff may read it, granted by the record that attached it (a booking's team). */
  readerTeams?: readonly string[];
  /** People granted by the record that attached it (the booker sees the volunteer's after-photo). */
  readerOpenids?: readonly string[];
}

/**
 * Whether a caller may get a temporary URL for a file: the owner and admins always; `public`
 * any signed-in caller; `members` anyone with a role beyond guest; plus the file's reader roles,
 * and the people and teams (`staffTeams`: teams the caller serves, approved) it was shared with.
 */
export const mayReadFile = (file: FileAccessFacts, openid: string, roles: readonly Role[], staffTeams: readonly string[] = []): boolean => {
  if (file.owner === openid || roles.includes('admin')) return true;
  if (file.visibility === 'public') return true;
  if (file.visibility === 'members' && roles.some((role) => role !== 'guest')) return true;
  if (file.readerOpenids?.includes(openid)) return true;
  if (staffTeams.some((teamId) => file.readerTeams?.includes(teamId))) return true;
  return roles.some((role) => file.readerRoles.includes(role));
};
