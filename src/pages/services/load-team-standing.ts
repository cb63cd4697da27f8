import type { Envelope } from '@core/envelope';
import { myTeamJoinRequests } from '@/services/org-units';
import { whoami } from '@/services/users';

/** Where the caller stands with each team, which decides the 申请加入 button. */
export type TeamStanding = 'member' | 'pending' | 'open';

export interface CallerTeamStanding {
  /** Only approved members may apply; others see no button. */
  mayApply: boolean;
  standingOf: Record<string, Exclude<TeamStanding, 'open'>>;
}

/** The caller's teams and their open requests (the newest 50 hold every open one in practice). */
export async function loadTeamStanding(): Promise<Envelope<CallerTeamStanding>> {
  const [me, requests] = await Promise.all([whoami(), myTeamJoinRequests({ limit: 50 })]);
  if (!me.ok) return me;
  if (!requests.ok) return requests;
  const standingOf: CallerTeamStanding['standingOf'] = {};
  for (const request of requests.data.items) if (request.status === 'pending') standingOf[request.teamId] = 'pending';
  for (const membership of me.data.teamRoles) standingOf[membership.teamId] = 'member';
  return { ok: true, data: { mayApply: me.data.membershipStatus === 'approved', standingOf } };
}
