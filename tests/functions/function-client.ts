import type { ErrorCode } from '@core/errors';
import type { ActionName, ActionResult, FunctionName } from '@core/function-contracts';
import type { TestLocal } from '../host/local-harness';

/**
 * A function's envelope as a test reads it. `data` is the contract's result, so a contract change
 * fails `tsc` in the test that reads the old shape; `ok`, `code` and `message` are readable without
 * narrowing because the test asserts `ok` itself (a failed reply's `data` is simply undefined).
 */
export interface Reply<Result> {
  ok: boolean;
  data: Result;
  code?: ErrorCode;
  message?: string;
}

/** Calls any action of `fn` as any openid through the host over HTTP (a dev-login token per openid, cached). */
const envelopeCaller = (local: Pick<TestLocal, 'login' | 'call'>, fn: FunctionName) => {
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (openid: string) => {
    let token = tokens.get(openid);
    if (!token) tokens.set(openid, (token = local.login({ openid })));
    return token;
  };
  return async (openid: string, action: string, params: Record<string, unknown> = {}): Promise<Reply<unknown>> => {
    const reply = await local.call(fn, { action, ...params }, await tokenOf(openid));
    if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body as Reply<unknown>;
  };
};

/**
 * The one test client: calls an action of `fn` the way the H5 app does. Action names and results
 * come from the contract (core/function-contracts.ts); params stay open because tests send bad input.
 */
export const functionClient = <F extends FunctionName>(local: Pick<TestLocal, 'login' | 'call'>, fn: F) =>
  envelopeCaller(local, fn) as <A extends ActionName<F>>(
    openid: string,
    action: A,
    params?: Record<string, unknown>,
  ) => Promise<Reply<ActionResult<F, A>>>;

/** A client of one function: `FunctionCall<'bookings'>`. */
export type FunctionCall<F extends FunctionName> = ReturnType<typeof functionClient<F>>;

/** For tables whose action names are data (one row per action of several functions): results untyped. */
export const untypedClient = (local: Pick<TestLocal, 'login' | 'call'>, fn: FunctionName) =>
  envelopeCaller(local, fn) as (openid: string, action: string, params?: Record<string, unknown>) => Promise<Reply<any>>;

/**
 * One tick of a timer through the host's timer route, as the scheduler and `npm run tick` run it;
 * answers the job's envelope. Timers have no contract: the result is the job's own return type
 * (`runTimer<typeof closeActivities>(local, 'records', 'closeActivities')`).
 */
export const runTimer = async <Job extends (...args: never[]) => Promise<unknown>>(
  local: Pick<TestLocal, 'url'>,
  fn: FunctionName,
  trigger: string,
): Promise<Reply<Awaited<ReturnType<Job>>>> => {
  const res = await fetch(new URL(`_local/timers/${fn}/${trigger}`, local.url), { method: 'POST' });
  return ((await res.json()) as { data: { result: Reply<Awaited<ReturnType<Job>>> } }).data.result;
};
