import type { Role } from './roles';
import type { MemberKind, MembershipStatus, TeamMembership } from './membership.types';

/** The stored facts roles are derived from; nothing else grants a role. */
export interface RoleFacts {
  membershipStatus: MembershipStatus;
  memberKind: MemberKind | null;
  teamRoles: readonly TeamMembership[];
  /** Stored admin flag (granted in data). */
  admin: boolean;
}

/**
 * The one place roles come from. Member roles (student/teacher, volunteer/leader) need an
 * approved membership, so pending, rejected, unbound, graduated and left identities are guests;
 * admin comes from the stored flag or deploy-time configuration (`configuredAdmin`), never from
 * a client call. Roles are listed in `ROLES` order.
 */
export const deriveRoles = (facts: RoleFacts | null, configuredAdmin: boolean): Role[] => {
  const held = new Set<Role>();
  if (facts?.membershipStatus === 'approved') {
    if (facts.memberKind) held.add(facts.memberKind);
    for (const membership of facts.teamRoles) held.add(membership.role);
  }
  if (facts?.admin === true || configuredAdmin) held.add('admin');
  const ordered: Role[] = (['student', 'teacher', 'volunteer', 'leader', 'admin'] as const).filter((role) => held.has(role));
  return ordered.length > 0 ? ordered : ['guest'];
};
