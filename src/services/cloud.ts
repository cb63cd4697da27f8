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
import type { ActionName, ActionParams, ActionResult, FunctionName } from '@core/function-contracts';
import { asEnvelope, networkFailure } from './envelope-guard';
import { apiBase, postJson } from './http-gateway';
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

/**
 * Calls one action of one cloud function; never rejects. Action, params and result all come from
 * the function's contract (core/function-contracts.ts), so no service writes a reply type by hand.
 */
export function callAction<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  params: ActionParams<F, A>,
): Promise<Envelope<ActionResult<F, A>>> {
  const data = { ...(params as object), action };
  if (process.env.TARO_ENV === 'weapp') return callInWeChat(name, data);
  return callOverHttp(name, data);
}

/**
 * An action its contract declares `public` (certificates.verify): in WeChat every call has an
 * identity anyway; on H5 it goes without a session when there is none, so a stranger who scans a
 * certificate's QR is not sent to sign in.
 */
export async function callPublicAction<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  params: ActionParams<F, A>,
): Promise<Envelope<ActionResult<F, A>>> {
  const data = { ...(params as object), action };
  if (process.env.TARO_ENV === 'weapp') return callInWeChat(name, data);
  try {
    const reply = await postJson(`/api/${encodeURIComponent(name)}`, data, getSessionToken() || undefined);
    return asEnvelope<ActionResult<F, A>>(reply.body);
  } catch {
    return networkFailure<ActionResult<F, A>>();
  }
}

/** Starts the cloud SDK at launch in WeChat so the first call does not pay for it. */
export function startCloud(): void {
  if (process.env.TARO_ENV === 'weapp') initCloud();
}

/** One local file on its way to cloud storage. */
export interface StorageUpload {
  /** `wxfile://…` in WeChat, a `blob:` URL on H5 (what chooseMedia hands out). */
  filePath: string;
  /** The original name; only its extension is kept. */
  fileName: string;
  /** The reserved cloud path under the caller's upload folder (`files.reserveUpload`), on both platforms. */
  cloudPath: () => Promise<Envelope<string>>;
  /** Percent sent so far, 0–100. */
  onProgress?: (percent: number) => void;
}

const uploadFailure = (errMsg: unknown): Envelope<{ fileID: string }> =>
  // The user cancelling or the upload timing out both read best as "network" to someone on a phone.
  ({
    ok: false,
    code: 'NETWORK',
    message: typeof errMsg === 'string' && /timeout/i.test(errMsg) ? '上传超时，请重试' : errorMessages.NETWORK,
  });

async function uploadInWeChat(upload: StorageUpload): Promise<Envelope<{ fileID: string }>> {
  initCloud();
  const cloudPath = await upload.cloudPath();
  if (!cloudPath.ok) return cloudPath;
  return new Promise((resolve) => {
    // The callback form returns the task, which is the only way to see progress.
    const task = Taro.cloud.uploadFile({
      cloudPath: cloudPath.data,
      filePath: upload.filePath,
      success: (res) => resolve({ ok: true, data: { fileID: res.fileID } }),
      fail: (res) => resolve(uploadFailure(res.errMsg)),
    });
    task?.onProgressUpdate?.((event) => upload.onProgress?.(event.progress));
  });
}

async function uploadOverHttp(upload: StorageUpload): Promise<Envelope<{ fileID: string }>> {
  const token = getSessionToken();
  if (!token) {
    notifySessionExpired();
    return { ok: false, code: 'UNAUTHENTICATED', message: errorMessages.UNAUTHENTICATED };
  }
  const cloudPath = await upload.cloudPath();
  if (!cloudPath.ok) return cloudPath;
  return new Promise((resolve) => {
    const task = Taro.uploadFile({
      url: `${apiBase}/api/upload`,
      name: 'file',
      filePath: upload.filePath,
      fileName: upload.fileName,
      header: { Authorization: `Bearer ${token}`, 'X-Cloud-Path': cloudPath.data },
      success: (res) => {
        if (res.statusCode === 401) notifySessionExpired();
        resolve(asEnvelope<{ fileID: string }>(parseJson(res.data)));
      },
      fail: (res) => resolve(uploadFailure(res.errMsg)),
    });
    task.onProgressUpdate((event) => upload.onProgress?.(event.progress));
  });
}

const parseJson = (text: unknown): unknown => {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * Puts a local file into cloud storage at its reserved path and answers its `cloud://` fileID:
 * `Taro.cloud.uploadFile` in WeChat, the host's `POST /api/upload` on H5 (same fileID form). Never rejects. The file is
 * not usable until `files.claim` has checked it.
 */
export function uploadToStorage(upload: StorageUpload): Promise<Envelope<{ fileID: string }>> {
  if (process.env.TARO_ENV === 'weapp') return uploadInWeChat(upload);
  return uploadOverHttp(upload);
}
