import http from 'node:http';
import https from 'node:https';

export interface UrlHead {
  status: number;
  /** The first bytes of the body (up to `headBytes`). */
  head: Buffer;
  /** The body's size, or null when it is larger than `maxBytes` (the rest is never read). */
  size: number | null;
}

/**
 * GETs a URL and reads only as much as a decision needs: the first bytes for content sniffing and
 * the size up to a cap (from Content-Length when given, else by counting). node:http rather than
 * fetch because the function runtime is Node 16, where fetch does not exist.
 */
export const readUrlHead = (url: string, headBytes: number, maxBytes: number, timeoutMs = 8_000): Promise<UrlHead> =>
  new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http;
    const request = client.get(url, { timeout: timeoutMs }, (response) => {
      const status = response.statusCode ?? 0;
      const declared = Number(response.headers['content-length']);
      const chunks: Buffer[] = [];
      let kept = 0;
      let size = 0;
      const finish = (result: UrlHead) => {
        response.destroy();
        resolve(result);
      };
      if (status !== 200) return finish({ status, head: Buffer.alloc(0), size: 0 });
      response.on('data', (chunk: Buffer) => {
        if (kept < headBytes) {
          chunks.push(chunk.subarray(0, headBytes - kept));
          kept += Math.min(chunk.length, headBytes - kept);
        }
        size += chunk.length;
        const head = () => Buffer.concat(chunks);
        // With a declared length the head is enough; without one, count until the cap.
        if (Number.isFinite(declared) && kept >= headBytes) finish({ status, head: head(), size: declared > maxBytes ? null : declared });
        else if (size > maxBytes) finish({ status, head: head(), size: null });
      });
      response.on('end', () => resolve({ status, head: Buffer.concat(chunks), size: size > maxBytes ? null : size }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`reading ${new URL(url).host} timed out`)));
    request.on('error', reject);
  });
