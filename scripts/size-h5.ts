/**
 * The JavaScript a fresh visitor downloads on the H5 first route, gzipped as the local site serves it:
 * headless Chromium opens `/` on dist-h5/ (served by local/host/static-files.ts, no function host, so calls
 * fail like an unreachable backend) and every .js response's transferred bytes are summed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { serveStatic } from '../local/host/static-files';

export interface FirstRouteFigures {
  h5_first_route_js_gzip_bytes: number;
  h5_first_route_js_files: number;
}

export async function measureH5FirstRoute(distH5: string): Promise<FirstRouteFigures> {
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://local').pathname;
    if (urlPath.startsWith('/api/')) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{}');
      return;
    }
    serveStatic(distH5, req, res, urlPath);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const sizes = new Map<string, number>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (!url.pathname.endsWith('.js')) return;
      const length = Number(response.headers()['content-length'] ?? 0);
      sizes.set(url.pathname, length);
    });
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
    // The first page redirects a visitor who has not signed in; let that page's chunks arrive too.
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
    const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
    return { h5_first_route_js_gzip_bytes: total, h5_first_route_js_files: sizes.size };
  } finally {
    await browser.close();
    server.close();
  }
}

export const distH5Dir = path.resolve(__dirname, '..', 'dist-h5');
