import { randomUUID } from 'node:crypto';

/** Identity and platform facts for one invocation, as CloudBase hands them to a WeChat callFunction. */
export interface InvocationIdentity {
  openid: string;
  appid: string;
  clientIp: string;
}

export interface FunctionLimits {
  timeoutSeconds: number;
  memorySize: number;
}

const WX_CONTEXT_KEYS = ['WX_OPENID', 'WX_APPID', 'WX_UNIONID', 'WX_CLIENTIP', 'WX_CLIENTIPV6', 'WX_API_TOKEN'];
const TCB_CONTEXT_KEYS = ['TCB_ENV', 'TCB_SEQID', 'TCB_SOURCE', 'TCB_SOURCE_IP', 'TRIGGER_SRC'];

/**
 * The SCF `context` of one call. Identity travels in `environment` (a JSON string) with the key
 * lists the SDK uses to pick per-invocation values, so `tcb.getCloudbaseContext(context)` reads
 * this call's openid even while other calls run in the same process.
 */
export const buildInvocationContext = (functionName: string, envId: string, identity: InvocationIdentity, limits: FunctionLimits) => {
  const requestId = randomUUID();
  const environment = {
    SCF_NAMESPACE: envId,
    TCB_ENV: envId,
    TCB_SEQID: requestId,
    TCB_SOURCE: 'wx_client',
    TCB_SOURCE_IP: identity.clientIp,
    TRIGGER_SRC: 'tcb',
    WX_OPENID: identity.openid,
    WX_APPID: identity.appid,
    WX_UNIONID: '',
    WX_CLIENTIP: identity.clientIp,
    WX_CLIENTIPV6: '',
    WX_API_TOKEN: '',
    WX_CONTEXT_KEYS: WX_CONTEXT_KEYS.join(','),
    TCB_CONTEXT_KEYS: TCB_CONTEXT_KEYS.join(','),
  };
  return {
    request_id: requestId,
    function_name: functionName,
    function_version: '$LATEST',
    namespace: envId,
    memory_limit_in_mb: limits.memorySize,
    time_limit_in_ms: limits.timeoutSeconds * 1000,
    environment: JSON.stringify(environment),
  };
};

/**
 * The event a mini-program callFunction delivers: the caller's payload, with `userInfo` set by
 * the platform (whatever the client sent under that key is replaced). Any other field, an
 * `openid` included, is passed through untouched and ignored by the functions, as on CloudBase.
 */
export const buildInvocationEvent = (payload: Record<string, unknown>, identity: InvocationIdentity) => ({
  ...payload,
  userInfo: { appId: identity.appid, openId: identity.openid },
});
