import type { IncomingMessage } from 'node:http';

export type UploadBodyResult = { kind: 'ok'; bytes: Buffer } | { kind: 'too-large' };

/** Past this the client is not worth draining: drop the connection. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Buffers an upload only up to `limit` bytes: a declared Content-Length over the limit is refused
 * before any byte is kept, and a body that grows past it stops being kept (and is drained, so the
 * client still reads our answer).
 */
export const readUploadBody = (req: IncomingMessage, limit: number): Promise<UploadBodyResult> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    let tooLarge = declared > limit;
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (size > DRAIN_LIMIT_BYTES) req.destroy();
      else if (!tooLarge) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(tooLarge ? { kind: 'too-large' } : { kind: 'ok', bytes: Buffer.concat(chunks) }));
    req.on('error', reject);
  });
