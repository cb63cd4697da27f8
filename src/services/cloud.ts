/**
 * The only file that knows how a cloud function is reached. In WeChat it is
 * `Taro.cloud.callFunction` (whose `res.result` is the function's envelope); on H5
 * it is the function host's `POST /api/<name>`. Both answer the same `Envelope<T>`.
 * The `process.env.TARO_ENV` branches are constants at build time, so each build
 * carries only its own transport.
 */
import Taro from '@tarojs/taro';
import type { Envelope } from '@core/envelope';
import { errorMessages } from '@core/errors';
import { asEnvelope, networkFailure } from './envelope-guard';
import { postJson } from './http-gateway';
import { getSessionToken, notifySessionExpired } from './session';

let cloudReady = false;

function initCloud(): void {
  if (cloudReady) return;
  // An empty env id means "the DevTools' current environment", which is what a fresh checkout wants.
  const env = process.env.TARO_APP_CLOUD_ENV || undefined;
  Taro.cloud.init({ env, traceUser: true });
  cloudReady = true;
}

async function callInWeChat<T>(name: string, data: object): Promise<Envelope<T>> {
  initCloud();
  try {
    const res = await Taro.cloud.callFunction({ name, data });
    return asEnvelope<T>(res.result);
  } catch {
    return networkFailure<T>();
  }
}

async function callOverHttp<T>(name: string, data: object): Promise<Envelope<T>> {
  const token = getSessionToken();
  if (!token) {
    notifySessionExpired();
    return { ok: false, code: 'UNAUTHENTICATED', message: errorMessages.UNAUTHENTICATED };
  }
  try {
    const reply = await postJson(`/api/${encodeURIComponent(name)}`, data, token);
    if (reply.status === 401) notifySessionExpired();
    return asEnvelope<T>(reply.body);
  } catch {
    return networkFailure<T>();
  }
}

/** Calls one action of one cloud function; never rejects. */
export function callFunction<T>(name: string, action: string, params: object = {}): Promise<Envelope<T>> {
  const data = { ...params, action };
  if (process.env.TARO_ENV === 'weapp') return callInWeChat<T>(name, data);
  return callOverHttp<T>(name, data);
}

/** Starts the cloud SDK at launch in WeChat so the first call does not pay for it. */
export function startCloud(): void {
  if (process.env.TARO_ENV === 'weapp') initCloud();
}
