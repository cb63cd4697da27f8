import type { UserDocument } from './user.repository';
import { leadsTeam, teamRolesOf, teamsLedBy } from './team-leadership';

const member = (fields: Partial<UserDocument>): Partial<UserDocument> => ({
  membershipStatus: 'approved',
  memberKind: 'student',
  teamRoles: [
    { teamId: 'team-car-care', role: 'leader' },
    { teamId: 'team-computer-clinic', role: 'volunteer' },
  ],
  ...fields,
});

describe('does this user lead this team', () => {
  it('answers per team: leader of one, volunteer of another, stranger to a third', () => {
    const user = member({});
    expect(leadsTeam(user, 'team-car-care')).toBe(true);
    expect(leadsTeam(user, 'team-computer-clinic')).toBe(false);
    expect(leadsTeam(user, 'team-elsewhere')).toBe(false);
    expect(teamsLedBy(user)).toEqual(['team-car-care']);
    expect([...teamRolesOf(user)]).toEqual([
      ['team-car-care', 'leader'],
      ['team-computer-clinic', 'volunteer'],
    ]);
  });

  it.each(['pending', 'graduated', 'left', 'rejected', 'none'])('a %s membership leads nothing, whatever teamRoles says', (status) => {
    const user = member({ membershipStatus: status as UserDocument['membershipStatus'] });
    expect(leadsTeam(user, 'team-car-care')).toBe(false);
    expect(teamsLedBy(user)).toEqual([]);
    expect(teamRolesOf(user).size).toBe(0);
  });

  it('a missing user or malformed stored roles grant nothing', () => {
    expect(leadsTeam(null, 'team-car-care')).toBe(false);
    const malformed = member({ teamRoles: [{ teamId: 'team-car-care', role: 'captain' }, { role: 'leader' }] as never });
    expect(leadsTeam(malformed, 'team-car-care')).toBe(false);
    expect(teamsLedBy(malformed)).toEqual([]);
  });
});
