import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { findUser, insertUserIfAbsent, recordLogin } from '../../_lib/user.repository';
import { toWhoAmI } from '../who-am-i.view';

/** First call creates the user document; the deterministic `_id` makes concurrent first logins converge on one. */
export const login = async ({ params, caller }: ActionInvocation<UsersContract['login']>) => {
  const existing = await findUser(caller.openid);
  let created = false;
  if (existing) await recordLogin(caller.openid);
  else created = await insertUserIfAbsent(caller.openid, params.name ?? '');
  const user = existing ?? (await findUser(caller.openid));
  return { ...toWhoAmI(caller.openid, user), created };
};
