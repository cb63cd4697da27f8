import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { findUser, insertUserIfAbsent, newUserDocument, recordLogin } from '../../_lib/user.repository';
import { toWhoAmI } from '../who-am-i.view';

/** First call creates the user document; the deterministic `_id` makes concurrent first logins converge on one. */
export const login = async ({ params, caller }: ActionInvocation<UsersContract['login']>) => {
  const existing = await caller.user();
  if (existing) {
    await recordLogin(caller.openid);
    return { ...toWhoAmI(caller.openid, existing), created: false };
  }
  const created = await insertUserIfAbsent(caller.openid, params.name ?? '');
  // Our own insert is what the document now holds; only the loser of a concurrent first login reads it back.
  const user = created ? newUserDocument(caller.openid, params.name ?? '') : await findUser(caller.openid);
  return { ...toWhoAmI(caller.openid, user), created };
};
