import { cloudbase } from '../cloudbase';

/**
 * WeChat server APIs through CloudBase's cloud call (`callWxOpenApi`): no access token in our
 * code, the platform signs for the function. Each function must declare the APIs it uses in its
 * config.json `permissions.openapi`. Answers WeChat's own JSON (`errcode`, …); an SDK-level failure
 * (no permission, unreachable) is thrown with its code.
 */
export const callWxOpenApi = async (apiName: string, requestData: Record<string, unknown>): Promise<Record<string, unknown>> => {
  const reply = (await cloudbase.callWxOpenApi({ apiName, requestData })) as unknown as {
    result?: unknown;
    code?: unknown;
    message?: unknown;
  };
  if (reply.code) {
    throw Object.assign(new Error(`callWxOpenApi ${apiName}: ${String(reply.code)} ${String(reply.message ?? '')}`), { code: reply.code });
  }
  if (!reply.result || typeof reply.result !== 'object') throw new Error(`callWxOpenApi ${apiName}: unreadable reply`);
  return reply.result as Record<string, unknown>;
};
