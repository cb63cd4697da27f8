import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { unbindMember } from '../membership.repository';

/** The guard has already checked that `openid`, if sent, is the caller's own. */
export const unbind = async ({ caller }: ActionInvocation<UsersContract['unbind']>) => ({ status: await unbindMember(caller.openid) });
