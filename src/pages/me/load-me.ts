import type { Envelope } from '@core/envelope';
import type { MyMembership, WhoAmI } from '@core/users.contract';
import { myMembership } from '@/services/membership';
import { login, whoami } from '@/services/users';

/** What 我的 shows: who the caller is and where their membership stands. */
export interface MeView {
  me: WhoAmI;
  membership: MyMembership;
}

/**
 * A WeChat user who opens 我的 before the launch-time `login` has finished is not
 * registered yet; registering here makes the page independent of that race.
 */
async function loadWhoAmI(): Promise<Envelope<WhoAmI>> {
  const me = await whoami();
  if (me.ok && !me.data.registered) return login();
  return me;
}

export async function loadMe(): Promise<Envelope<MeView>> {
  const [me, membership] = await Promise.all([loadWhoAmI(), myMembership()]);
  if (!me.ok) return me;
  if (!membership.ok) return membership;
  return { ok: true, data: { me: me.data, membership: membership.data } };
}
