import * as tcb from '@cloudbase/node-sdk';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { uploadFolderOf } from '@core/cloud-file-id';
import { FILE_POLICIES } from '@core/file-purposes';
import { sessionFromRequest } from './bearer-session';
import { sendFailure, sendJson } from './json-response';
import { firstFilePart, multipartBoundary } from './multipart-file';
import { readUploadBody } from './upload-body';

/** The largest file any purpose accepts; `files.claim` applies each purpose's own cap. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(FILE_POLICIES).map((policy) => policy.maxBytes));
/** Room for multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

let storage: ReturnType<typeof tcb.init> | undefined;

/**
 * `POST /api/upload` — H5's stand-in for `Taro.cloud.uploadFile`: stores the body through the
 * SDK's own upload path under the caller's upload folder and answers the same `cloud://` fileID
 * WeChat would. Accepts `multipart/form-data` (Taro.uploadFile) or a raw body. The path is the one
 * `files.reserveUpload` gave the app, sent as `x-cloud-path` (under the caller's folder, as WeChat's
 * storage rules have it): as in WeChat, an upload always goes where the server reserved, so the
 * unclaimed-upload sweep sees every one. Nothing is checked by content here: `files.claim` does
 * that for both platforms.
 */
export const handleUpload = async (secret: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const session = sessionFromRequest(secret, req);
  if (!session) return sendFailure(res, 'UNAUTHENTICATED', 401);
  const reserved = req.headers['x-cloud-path'];
  if (reserved === undefined) return sendFailure(res, 'INVALID_INPUT', 200, '缺少上传位置，请重新选择文件');
  if (!isReservedPathOf(reserved, session.openid)) return sendFailure(res, 'FORBIDDEN', 200, '没有权限：只能上传到自己的文件夹');

  const boundary = multipartBoundary(req.headers['content-type']);
  const body = await readUploadBody(req, MAX_UPLOAD_BYTES + (boundary ? MULTIPART_OVERHEAD_BYTES : 0));
  if (body.kind === 'too-large') return sendFailure(res, 'FILE_TOO_LARGE');

  let bytes = body.bytes;
  if (boundary) {
    const part = firstFilePart(body.bytes, boundary);
    if (!part) return sendFailure(res, 'INVALID_INPUT', 200, '请求中没有文件');
    bytes = part.bytes;
  }
  if (bytes.length === 0) return sendFailure(res, 'INVALID_INPUT', 200, '文件内容为空');
  if (bytes.length > MAX_UPLOAD_BYTES) return sendFailure(res, 'FILE_TOO_LARGE');

  storage ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  const { fileID } = await storage.uploadFile({ cloudPath: reserved, fileContent: bytes });
  sendJson(res, 200, { ok: true, data: { fileID } });
};

/** What `files.reserveUpload` hands out: the caller's folder, 24 hex characters and an extension. */
const isReservedPathOf = (value: string | string[], openid: string): value is string =>
  typeof value === 'string' &&
  value.startsWith(uploadFolderOf(openid)) &&
  /^[0-9a-f]{24}\.[a-z0-9]{1,8}$/.test(value.slice(uploadFolderOf(openid).length));
