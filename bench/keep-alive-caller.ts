import { Agent, request } from 'node:http';
import type { FunctionReply } from './bench-system';

/**
 * A lean load generator for a burst: node:http over kept-alive sockets with each phone's session
 * token made beforehand. The client shares this process with the host it measures, and fetch
 * (undici, web streams) costs the host's CPU about as much as a check-in does; phones would not.
 */
export const keepAliveCaller = (hostUrl: string, tokens: ReadonlyMap<string, string>, sockets: number) => {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const call = (fn: string, openid: string, payload: Record<string, unknown>) =>
    new Promise<FunctionReply>((resolve, reject) => {
      const body = JSON.stringify(payload);
      const token = tokens.get(openid);
      if (!token) throw new Error(`no session for ${openid}`);
      const req = request(
        `${hostUrl}api/${fn}`,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as FunctionReply);
            } catch (error) {
              reject(error as Error);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { call, close: () => agent.destroy() };
};
