import { cloudbase } from '../cloudbase';

/**
 * WeChat server APIs through CloudBase's cloud call (`callWxOpenApi`): no access token in our
 * code, the platform signs for the function. Each function must declare the APIs it uses in its
 * config.json `permissions.openapi`. Answers WeChat's own JSON (`errcode`, …); an SDK-level failure
 * (no permission, unreachable) is thrown with its code.
 */
export const callWxOpenApi = async (apiName: string, requestData: Record<string, unknown>): Promise<Record<string, unknown>> => {
  const result = await callWxOpenApiForAnyReply(apiName, requestData);
  if (!result || typeof result !== 'object') throw new Error(`callWxOpenApi ${apiName}: unreadable reply`);
  return result as Record<string, unknown>;
};

/** The same call for the APIs that answer an image on success (the SDK hands a non-JSON reply over as text). */
export const callWxOpenApiForAnyReply = async (apiName: string, requestData: Record<string, unknown>): Promise<unknown> => {
  const reply = (await cloudbase.callWxOpenApi({ apiName, requestData })) as unknown as {
    result?: unknown;
    code?: unknown;
    message?: unknown;
  };
  if (reply.code) {
    throw Object.assign(new Error(`callWxOpenApi ${apiName}: ${String(reply.code)} ${String(reply.message ?? '')}`), { code: reply.code });
  }
  if (reply.result === undefined || reply.result === null || reply.result === '') throw new Error(`callWxOpenApi ${apiName}: empty reply`);
  return reply.result;
};
