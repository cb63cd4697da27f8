import type { TeamVolunteer } from '@core/booking.types';
import { database } from '../_lib/cloudbase';
import type { UserDocument } from '../_lib/user.repository';

/** Approved members holding a role in the team (a team is tens of people; 1000 is a ceiling, not a page). */
export const listTeamMembers = async (teamId: string): Promise<TeamVolunteer[]> => {
  const { data } = await database.collection('users').where({ membershipStatus: 'approved', 'teamRoles.teamId': teamId }).limit(1000).get();
  return (data as UserDocument[]).flatMap((user) =>
    (user.teamRoles ?? [])
      .filter((membership) => membership.teamId === teamId)
      .map((membership) => ({ openid: user._id, name: user.name, role: membership.role })),
  );
};
