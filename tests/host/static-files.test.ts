import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { serveStatic } from '../../local/host/static-files';

/** A raw GET (fetch would decode the body and hide the encoding). */
const fetchRaw = (url: string, headers: Record<string, string>) =>
  new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });

describe('the H5 static site', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'starfire-static-'));
  const script = `console.log(${JSON.stringify('星火'.repeat(2000))});`;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    mkdirSync(path.join(root, 'js'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>星火志愿</title>');
    writeFileSync(path.join(root, 'js', 'app.1a2b3c4d.js'), script);
    writeFileSync(path.join(root, 'logo.png'), Buffer.from([137, 80, 78, 71]));
    server = createServer((req, res) => serveStatic(root, req, res, new URL(req.url ?? '/', 'http://x').pathname));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('gzips scripts for browsers that accept it and caches hashed files for a year', async () => {
    const reply = await fetchRaw(`${base}/js/app.1a2b3c4d.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    expect(reply.body.length).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(gunzipSync(reply.body).toString()).toBe(script);
  });

  it('sends plain bytes to a client without gzip, and index.html always revalidates', async () => {
    const plain = await fetchRaw(`${base}/js/app.1a2b3c4d.js`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const index = await fetchRaw(`${base}/`, { 'accept-encoding': 'gzip' });
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(index.body).toString()).toContain('星火志愿');
  });

  it('leaves images uncompressed', async () => {
    const image = await fetchRaw(`${base}/logo.png`, { 'accept-encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.body.length).toBe(4);
  });
});
