import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

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

/**
 * Serves the H5 build. Paths without a file extension fall back to index.html so the
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
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  // index.html must revalidate so a rebuild shows up; hashed assets may be cached.
  const cache = file === index ? 'no-cache' : 'public, max-age=3600';
  res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size, 'cache-control': cache });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
};
