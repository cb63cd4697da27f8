import type { LoginResult, UsersContract, WhoAmI } from '@core/users.contract';
import type { ParamsOf } from '@core/action-contract';
import { callFunction } from './cloud';

/** Creates the caller's user record on first call; later calls refresh it. */
export const login = (params: ParamsOf<UsersContract['login']> = {}) => callFunction<LoginResult>('users', 'login', params);

/** Who the platform says the caller is. */
export const whoami = () => callFunction<WhoAmI>('users', 'whoami');
