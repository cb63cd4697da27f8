import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { dirname, extname, join } from 'node:path';
import { sniffContentType } from '../../core/file-signature';
import { invalidParam } from '../db/db-error';
import type { ActionHandler } from '../db/database-actions';
import { cloudPathOf, isSafeCloudPath, toFileId } from './cloud-path';
import type { UrlSigner } from './signed-url';

/** COS itself takes far more; the features' own caps (e.g. 5 MB images) are enforced by the functions. */
export const MAX_OBJECT_BYTES = 50 * 1024 * 1024;
const UPLOAD_URL_TTL_MS = 10 * 60 * 1000;
const DEFAULT_DOWNLOAD_TTL_S = 24 * 60 * 60;

interface StorageOptions {
  storageDir: string;
  signer: UrlSigner;
  /** The emulator's own origin, known once it listens. */
  origin: () => string;
}

/**
 * The local object store behind the SDK's storage actions (getUploadMetadata → PUT to the
 * returned URL, batchGetDownloadUrl, batchDeleteFile): files on disk under the data directory,
 * reachable only through signed, expiring URLs, as COS objects are.
 */
export function storageService({ storageDir, signer, origin }: StorageOptions) {
  const objectPath = (cloudPath: string) => join(storageDir, 'objects', cloudPath);

  const actions: Record<string, ActionHandler> = {
    'storage.getUploadMetadata': (body) => {
      if (!isSafeCloudPath(body.path)) throw invalidParam('path must be a relative cloud path without ".." (max 512 characters)');
      const env = typeof body.envName === 'string' && body.envName ? body.envName : 'local';
      const { expires, sig } = signer.sign('upload', body.path, UPLOAD_URL_TTL_MS);
      const url = `${origin()}/_storage/upload?path=${encodeURIComponent(body.path)}&expires=${expires}&sig=${sig}`;
      const fileId = toFileId(env, body.path);
      return { data: { url, token: 'local', authorization: 'local', fileId, cosFileId: fileId, download_url: '' } };
    },

    'storage.batchGetDownloadUrl': (body) => {
      if (!Array.isArray(body.file_list)) throw invalidParam('file_list must be an array');
      const download_list = body.file_list.map((item: { fileid?: unknown; max_age?: unknown }) => {
        const fileID = typeof item?.fileid === 'string' ? item.fileid : String(item?.fileid);
        const cloudPath = cloudPathOf(item?.fileid);
        if (!cloudPath || !existsSync(objectPath(cloudPath))) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
        const ttlSeconds =
          Number.isInteger(item.max_age) && (item.max_age as number) > 0 ? (item.max_age as number) : DEFAULT_DOWNLOAD_TTL_S;
        const { expires, sig } = signer.sign('download', cloudPath, ttlSeconds * 1000);
        const tempFileURL = `${origin()}/_storage/download/${cloudPath.split('/').map(encodeURIComponent).join('/')}?expires=${expires}&sig=${sig}`;
        return { fileID, tempFileURL, code: 'SUCCESS' };
      });
      return { data: { download_list } };
    },

    'storage.batchDeleteFile': (body) => {
      if (!Array.isArray(body.fileid_list)) throw invalidParam('fileid_list must be an array');
      const delete_list = body.fileid_list.map((fileID: unknown) => {
        const cloudPath = cloudPathOf(fileID);
        if (!cloudPath || !existsSync(objectPath(cloudPath))) return { fileID, code: 'STORAGE_FILE_NONEXIST' };
        rmSync(objectPath(cloudPath), { force: true });
        return { fileID, code: 'SUCCESS' };
      });
      return { data: { delete_list } };
    },
  };

  /**
   * PUT /_storage/upload?path&expires&sig and GET /_storage/download/<path>?expires&sig, the GET
   * taking COS's `response-content-disposition` (outside the signature, as COS's response-* are).
   */
  const route = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (req.method === 'PUT' && url.pathname === '/_storage/upload') {
      const path = url.searchParams.get('path') ?? '';
      if (!isSafeCloudPath(path) || !signer.verify('upload', path, url.searchParams.get('expires'), url.searchParams.get('sig'))) {
        return (cosError(res, 403, 'AccessDenied', 'upload URL invalid or expired'), true);
      }
      receive(req, objectPath(path), res);
      return true;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/_storage/download/')) {
      let path: string;
      try {
        path = url.pathname.slice('/_storage/download/'.length).split('/').map(decodeURIComponent).join('/');
      } catch {
        return (cosError(res, 400, 'InvalidURI', 'bad path'), true);
      }
      if (!isSafeCloudPath(path) || !signer.verify('download', path, url.searchParams.get('expires'), url.searchParams.get('sig'))) {
        return (cosError(res, 403, 'AccessDenied', 'download URL invalid or expired'), true);
      }
      const disposition = url.searchParams.get('response-content-disposition');
      // Header values are bytes: COS takes the parameter percent-encoded, and so must the name in it.
      if (disposition !== null && !/^[\x20-\x7e]{1,1024}$/.test(disposition)) {
        return (cosError(res, 400, 'InvalidArgument', 'response-content-disposition must be printable ASCII'), true);
      }
      send(objectPath(path), res, disposition);
      return true;
    }
    return false;
  };

  return { actions, route };
}

/** Streams the body to a temporary file and renames it into place, so a cut upload leaves nothing. */
function receive(req: IncomingMessage, target: string, res: ServerResponse): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
  const out = createWriteStream(temp);
  let size = 0;
  let failed = false;
  const fail = (status: number, code: string, message: string) => {
    if (failed) return;
    failed = true;
    out.destroy();
    rmSync(temp, { force: true });
    cosError(res, status, code, message);
  };
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_OBJECT_BYTES) fail(413, 'EntityTooLarge', `object exceeds ${MAX_OBJECT_BYTES} bytes`);
  });
  req.on('error', () => fail(400, 'IncompleteBody', 'upload interrupted'));
  req.pipe(out);
  out.on('finish', () => {
    if (failed) return;
    renameSync(temp, target);
    res.writeHead(200, { 'content-length': 0 });
    res.end();
  });
}

/** COS types an object by its key's extension where it names one; a spreadsheet must not download as `.zip`. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves an object; `disposition` is COS's `response-content-disposition` request parameter, when given. */
function send(file: string, res: ServerResponse, disposition: string | null): void {
  if (!existsSync(file)) return cosError(res, 404, 'NoSuchKey', 'the file does not exist');
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  readSync(fd, head, 0, 16, 0);
  closeSync(fd);
  res.writeHead(200, {
    'content-type': TYPES_BY_EXTENSION[extname(file).toLowerCase()] ?? sniffContentType(head),
    'content-length': statSync(file).size,
    'cache-control': 'private, max-age=60',
    ...(disposition ? { 'content-disposition': disposition } : {}),
  });
  createReadStream(file).pipe(res);
}

/** COS answers failures with an XML body, which the SDK parses for Code and Message. */
function cosError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version='1.0' encoding='utf-8' ?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(xml);
}
