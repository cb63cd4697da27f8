import type { Role } from './roles';
import type { NoticeAudience } from './notice.types';

/**
 * Audience keys: a notice stores the keys it is addressed to, a member holds the keys they match,
 * and the feed is one indexed `$in` between the two. Org units match by ancestry: a member holds
 * `org:` keys for their unit and every unit above it, so a notice to a 团支部 reaches its classes.
 */
export const audienceKeysOf = (audience: NoticeAudience): string[] => {
  switch (audience.kind) {
    case 'everyone':
      return ['all'];
    case 'orgUnits':
      return [...new Set(audience.orgUnitIds)].map((id) => `org:${id}`);
    case 'teams':
      return [...new Set(audience.teamIds)].map((id) => `team:${id}`);
    case 'roles':
      return [...new Set(audience.roles)].map((role) => `role:${role}`);
  }
};

export interface MemberFacts {
  /** The member's unit and its ancestors, nearest first. */
  orgUnitPath: string[];
  teamIds: string[];
  roles: readonly Role[];
}

/** Guests (no approved membership, not admin) hold no keys and so see no notices. */
export const memberKeysOf = (facts: MemberFacts): string[] => {
  if (!facts.roles.some((role) => role !== 'guest')) return [];
  return [
    'all',
    ...facts.orgUnitPath.map((id) => `org:${id}`),
    ...[...new Set(facts.teamIds)].map((id) => `team:${id}`),
    ...facts.roles.filter((role) => role !== 'guest').map((role) => `role:${role}`),
  ];
};
