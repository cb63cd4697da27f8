import type { UsersContract } from '@core/users.contract';
import type { ParamsOf } from '@core/action-contract';
import { callAction } from './cloud';

/** Creates the caller's user record on first call; later calls refresh it. */
export const login = (params: ParamsOf<UsersContract['login']> = {}) => callAction('users', 'login', params);

/** Who the platform says the caller is. */
export const whoami = () => callAction('users', 'whoami', {});

/** 首页's "what's next" for the caller: next booking and activity, unread notices and answers, leader and admin queues. */
export const loadHome = () => callAction('users', 'home', {});
