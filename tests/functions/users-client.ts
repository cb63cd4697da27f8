import type { TestLocal } from '../host/local-harness';

/**
 * Calls the `users` function through the host over HTTP as a given identity (dev-login token
 * per openid, cached), the way the H5 app does. Replies are the envelope.
 */
export const usersClient = (local: TestLocal) => {
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (openid: string) => {
    let token = tokens.get(openid);
    if (!token) tokens.set(openid, (token = local.login({ openid })));
    return token;
  };
  return async (openid: string, action: string, params: Record<string, unknown> = {}): Promise<any> => {
    const reply = await local.call('users', { action, ...params }, await tokenOf(openid));
    if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
};

export type UsersCall = ReturnType<typeof usersClient>;

/** A valid application for a fresh student of 汽修2301班, overridable per test. */
export const studentApplication = (memberNo: string, extra: Record<string, unknown> = {}) => ({
  name: '测试同学',
  memberNo,
  kind: 'student',
  orgUnitId: 'ou-class-qx2301',
  ...extra,
});
