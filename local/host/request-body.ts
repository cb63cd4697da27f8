import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Past this the client is not worth draining: drop the connection. */
const DRAIN_LIMIT_BYTES = 32 * MAX_BODY_BYTES;

export type BodyResult = { kind: 'ok'; text: string } | { kind: 'too-large' };

/**
 * Reads the body up to 1 MB. An oversized body is drained (not buffered) before answering, so
 * the client reads our error envelope instead of a reset connection.
 */
export const readBody = (req: IncomingMessage): Promise<BodyResult> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    let size = 0;
    let tooLarge = declared > MAX_BODY_BYTES;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (size > DRAIN_LIMIT_BYTES) req.destroy();
      else if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { kind: 'too-large' } : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
