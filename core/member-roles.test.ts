import { deriveRoles, type RoleFacts } from './member-roles';

const approved = (overrides: Partial<RoleFacts> = {}): RoleFacts => ({
  membershipStatus: 'approved',
  memberKind: 'student',
  teamRoles: [],
  admin: false,
  ...overrides,
});

describe('deriveRoles: the one place roles come from', () => {
  it('no document, or no approved membership, is a guest', () => {
    expect(deriveRoles(null, false)).toEqual(['guest']);
    for (const membershipStatus of ['none', 'pending', 'rejected', 'unbound', 'graduated', 'left'] as const) {
      expect(deriveRoles(approved({ membershipStatus, teamRoles: [{ teamId: 't', role: 'leader' }] }), false)).toEqual(['guest']);
    }
  });

  it('an approved member holds the kind and the team roles, in ROLES order', () => {
    expect(deriveRoles(approved({ teamRoles: [{ teamId: 't', role: 'volunteer' }] }), false)).toEqual(['student', 'volunteer']);
    expect(
      deriveRoles(
        approved({
          memberKind: 'teacher',
          teamRoles: [
            { teamId: 'a', role: 'leader' },
            { teamId: 'b', role: 'volunteer' },
          ],
        }),
        false,
      ),
    ).toEqual(['teacher', 'volunteer', 'leader']);
  });

  it('admin comes from the stored flag or configuration, whatever the membership', () => {
    expect(deriveRoles(approved({ memberKind: 'teacher', admin: true }), false)).toEqual(['teacher', 'admin']);
    expect(deriveRoles(null, true)).toEqual(['admin']);
    expect(deriveRoles(approved({ membershipStatus: 'graduated', admin: true }), false)).toEqual(['admin']);
  });
});
