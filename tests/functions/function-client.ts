import type { TestLocal } from '../host/local-harness';

/**
 * Calls one function through the host over HTTP as a given identity (a dev-login token per
 * openid, cached), the way the H5 app does. Replies are the envelope.
 */
export const functionClient = (local: TestLocal, fn: string) => {
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (openid: string) => {
    let token = tokens.get(openid);
    if (!token) tokens.set(openid, (token = local.login({ openid })));
    return token;
  };
  return async (openid: string, action: string, params: Record<string, unknown> = {}): Promise<any> => {
    const reply = await local.call(fn, { action, ...params }, await tokenOf(openid));
    if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
};

export type FunctionCall = ReturnType<typeof functionClient>;
