import type { TeamRole } from '@core/membership.types';
import { roleFactsOf, type UserDocument } from './user.repository';

/**
 * Roles say "a leader of some team"; bookings, activities, notices and files need "of THIS team".
 * The one reading of a user's team memberships: they count only while the membership is approved
 * (as role derivation does), and a malformed entry grants nothing.
 */
export const teamRolesOf = (user: Partial<UserDocument> | null): Map<string, TeamRole> => {
  const facts = roleFactsOf(user);
  const teams = new Map<string, TeamRole>();
  if (facts?.membershipStatus === 'approved') for (const { teamId, role } of facts.teamRoles) teams.set(teamId, role);
  return teams;
};

/** Does this user lead this team. */
export const leadsTeam = (user: Partial<UserDocument> | null, teamId: string): boolean => teamRolesOf(user).get(teamId) === 'leader';

/** The teams this user leads. */
export const teamsLedBy = (user: Partial<UserDocument> | null): string[] =>
  [...teamRolesOf(user)].flatMap(([teamId, role]) => (role === 'leader' ? [teamId] : []));
