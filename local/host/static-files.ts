import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>星火志愿 · 本地云开发</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em;line-height:1.7">
<h1>星火志愿 H5 尚未构建</h1>
<p>本地云开发（数据库模拟器与云函数网关）已经启动，但没有找到 H5 构建产物 <code>dist-h5/index.html</code>。</p>
<p>请先运行 <code>npm run build:h5</code>，然后刷新本页。接口地址：<code>POST /api/&lt;云函数名&gt;</code>。</p>
</body></html>`;

/** The file under `root` a URL path names, or null when it would escape `root`. */
const resolveInside = (root: string, urlPath: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
};

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** Text types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.map', '.svg', '.txt']);
/** Webpack's content hash in a file name (`app.1a2b3c4d.js`): such a file never changes. */
const HASHED_NAME = /\.[0-9a-f]{8,}\.(js|css)$/;
/** Gzipped bodies by file, kept while the file's mtime and size stay the same. */
const gzipCache = new Map<string, { stamp: string; body: Buffer }>();

const gzipped = (file: string): Buffer => {
  const stat = statSync(file);
  const stamp = `${stat.mtimeMs}:${stat.size}`;
  const cached = gzipCache.get(file);
  if (cached?.stamp === stamp) return cached.body;
  const body = gzipSync(readFileSync(file), { level: 9 });
  gzipCache.set(file, { stamp, body });
  return body;
};

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

/** index.html revalidates so a rebuild shows up; hashed assets are immutable; the rest an hour. */
const cacheControl = (file: string, index: string) => {
  if (file === index) return 'no-cache';
  return HASHED_NAME.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
};

/**
 * Serves the H5 build, gzipped for clients that accept it. Paths without a file extension fall back to index.html so the
 * browser-history router can own them; a missing asset is a plain 404.
 */
export const serveStatic = (root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): void => {
  const absoluteRoot = path.resolve(root);
  const index = path.join(absoluteRoot, 'index.html');
  if (!isFile(index)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(NOT_BUILT_PAGE);
    return;
  }
  const requested = resolveInside(absoluteRoot, urlPath);
  let file = requested && isFile(requested) ? requested : null;
  if (!file && requested && path.extname(requested) === '') file = index;
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('404 未找到');
    return;
  }
  const extension = path.extname(file).toLowerCase();
  const headers = {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'cache-control': cacheControl(file, index),
  };
  if (COMPRESSIBLE.has(extension)) {
    const body = acceptsGzip(req) ? gzipped(file) : readFileSync(file);
    const encoding = acceptsGzip(req) ? { 'content-encoding': 'gzip' } : {};
    res.writeHead(200, { ...headers, ...encoding, vary: 'Accept-Encoding', 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': statSync(file).size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
};
