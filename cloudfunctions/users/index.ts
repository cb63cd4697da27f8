import { usersContract } from '@core/users.contract';
import { defineFunction } from '../_lib/define-function';
import { login } from './login.handler';
import { whoami } from './whoami.handler';

/** `users`: who the caller is. Membership actions arrive with issue 4. */
export const usersFunction = defineFunction({ name: 'users', contract: usersContract, handlers: { login, whoami } });

export const main = usersFunction.main;
