import type { Role } from './roles';
export { PARTICIPANT_GROUPS, participantGroupLabels, type ParticipantGroup } from './activity.types';
import type { NoticeAudience } from './notice.types';

/**
 * Audience keys: a notice stores the keys it is addressed to, a member holds the keys they match,
 * and the feed is one indexed `$in` between the two. Org units match by ancestry: a member holds
 * `org:` keys for their unit and every unit above it, so a notice to a 团支部 reaches its classes.
 */
/** A member's own key: a notice to an activity's participants holds one per participant (a snapshot at publish). */
export const memberKeyOf = (openid: string) => `user:${openid}`;

/** `participants`: the openids an `activity` audience resolved to (the other kinds ignore it). */
export const audienceKeysOf = (audience: NoticeAudience, participants: string[] = []): string[] => {
  switch (audience.kind) {
    case 'everyone':
      return ['all'];
    case 'orgUnits':
      return [...new Set(audience.orgUnitIds)].map((id) => `org:${id}`);
    case 'teams':
      return [...new Set(audience.teamIds)].map((id) => `team:${id}`);
    case 'roles':
      return [...new Set(audience.roles)].map((role) => `role:${role}`);
    case 'activity':
      return [...new Set(participants)].map(memberKeyOf);
  }
};

/** The participants a notice's stored keys name (an `activity` audience's snapshot). */
export const participantsOfKeys = (keys: string[]): string[] =>
  keys.filter((key) => key.startsWith('user:')).map((key) => key.slice('user:'.length));

export interface MemberFacts {
  /** The member's unit and its ancestors, nearest first. */
  orgUnitPath: string[];
  teamIds: string[];
  roles: readonly Role[];
  /** The member's own openid: their `user:` key (notices to an activity's participants). */
  openid?: string;
}

/** Guests (no approved membership, not admin) hold no keys and so see no notices. */
export const memberKeysOf = (facts: MemberFacts): string[] => {
  if (!facts.roles.some((role) => role !== 'guest')) return [];
  return [
    'all',
    ...facts.orgUnitPath.map((id) => `org:${id}`),
    ...[...new Set(facts.teamIds)].map((id) => `team:${id}`),
    ...facts.roles.filter((role) => role !== 'guest').map((role) => `role:${role}`),
    ...(facts.openid ? [memberKeyOf(facts.openid)] : []),
  ];
};
