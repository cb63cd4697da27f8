import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { toWhoAmI } from '../who-am-i.view';

export const whoami = async ({ caller }: ActionInvocation<UsersContract['whoami']>) => toWhoAmI(caller.openid, await caller.user());
