import type { Audience } from '@core/booking.types';
import type { TeamRole } from '@core/membership.types';
import { ActionError } from '../_lib/action-error';
import { leadsTeam, teamRolesOf } from '../_lib/team-leadership';
import type { Caller } from '../_lib/define-function';
import { roleFactsOf, type UserDocument } from '../_lib/user.repository';

/**
 * Roles say "a leader of some team"; bookings need "a leader of THIS team". The caller's staff
 * facts come from the invocation's one read of their user document (identity from the context,
 * never the payload); the per-team answer is the library's (`_lib/team-leadership.ts`).
 */
export interface TeamStaff {
  openid: string;
  name: string;
  user: UserDocument | null;
  /** Team → role, only while the membership is approved (as role derivation does). */
  teams: Map<string, TeamRole>;
}

export const loadTeamStaff = async (caller: Caller): Promise<TeamStaff> => teamStaffOf(caller.openid, await caller.user());

export const teamStaffOf = (openid: string, user: UserDocument | null): TeamStaff => ({
  openid,
  name: user?.name ?? '',
  user,
  teams: teamRolesOf(user),
});

export const isLeaderOf = (staff: TeamStaff, teamId: string) => leadsTeam(staff.user, teamId);

/** Leaders count as volunteers of their own team (they take jobs too). */
export const isStaffOf = (staff: TeamStaff, teamId: string) => staff.teams.has(teamId);

export const requireLeaderOf = (staff: TeamStaff, teamId: string): void => {
  if (!isLeaderOf(staff, teamId)) throw new ActionError('FORBIDDEN', '没有权限：仅本队队长可以进行此操作');
};

export const requireStaffOf = (staff: TeamStaff, teamId: string): void => {
  if (!isStaffOf(staff, teamId)) throw new ActionError('FORBIDDEN', '没有权限：仅本队志愿者或队长可以进行此操作');
};

/** Which catalogue audiences a caller belongs to: approved staff/students by kind; anyone else is a guest. */
export const audiencesOf = (user: UserDocument | null): Audience[] => {
  const facts = roleFactsOf(user);
  if (facts?.membershipStatus !== 'approved' || !facts.memberKind) return ['guest'];
  return [facts.memberKind === 'teacher' ? 'staff' : 'student'];
};

/**
 * Who may start, close or mark a job: a leader of its team, or the volunteer assigned to it. The
 * volunteer's permission is also made a condition of the write (`guard`), so a re-assignment that
 * lands first takes the job out of the old volunteer's hands.
 */
export const requireJobHandler = (
  staff: TeamStaff,
  booking: { teamId: string; volunteer: { openid: string } | null },
): { role: 'leader' | 'volunteer'; guard: Record<string, unknown> } => {
  if (isLeaderOf(staff, booking.teamId)) return { role: 'leader', guard: {} };
  if (isStaffOf(staff, booking.teamId) && booking.volunteer?.openid === staff.openid) {
    return { role: 'volunteer', guard: { 'volunteer.openid': staff.openid } };
  }
  throw new ActionError('FORBIDDEN', '没有权限：仅指派的志愿者或本队队长可以进行此操作');
};
