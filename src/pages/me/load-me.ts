import type { Envelope } from '@core/envelope';
import type { WhoAmI } from '@core/users.contract';
import { login, whoami } from '@/services/users';

/**
 * The 我的 page's data. A WeChat user who opens 我的 before the launch-time
 * `login` has finished is not registered yet; registering here makes the page
 * independent of that race.
 */
export async function loadMe(): Promise<Envelope<WhoAmI>> {
  const me = await whoami();
  if (me.ok && !me.data.registered) return login();
  return me;
}
