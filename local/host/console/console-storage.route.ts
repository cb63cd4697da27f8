import { existsSync, readdirSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { escapeHtml, sendConsolePage, shanghaiTime } from './console-html';

/** Every stored object under `objectsDir`: its cloud path, size and time, by path. */
const objectsIn = (objectsDir: string, rel = ''): Array<{ cloudPath: string; bytes: number; at: number }> => {
  const dir = path.join(objectsDir, rel);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return objectsIn(objectsDir, child);
    if (!entry.isFile()) return [];
    const stat = statSync(path.join(objectsDir, child));
    return [{ cloudPath: child, bytes: stat.size, at: stat.mtimeMs }];
  });
};

/** GET /_console/storage: the local cloud storage's objects (what uploadFile stored), by path. */
export const serveConsoleStorage = (objectsDir: string, res: ServerResponse): void => {
  const objects = objectsIn(objectsDir).sort((a, b) => a.cloudPath.localeCompare(b.cloudPath));
  const rows = objects
    .map((o) => `<tr><td>${escapeHtml(o.cloudPath)}</td><td>${o.bytes}</td><td>${escapeHtml(shanghaiTime(o.at))}</td></tr>`)
    .join('\n');
  sendConsolePage(
    res,
    '云存储',
    `<p>共 ${objects.length} 个文件。</p><table><thead><tr><th>云端路径</th><th>字节</th><th>写入时间</th></tr></thead><tbody>${rows || '<tr><td colspan="3">暂无文件</td></tr>'}</tbody></table>`,
  );
};
