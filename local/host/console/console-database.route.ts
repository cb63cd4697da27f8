import type { ServerResponse } from 'node:http';
import type { Engine } from '../../db/engine';
import { encodeResult } from '../../db/object-id';
import { escapeHtml, sendConsolePage } from './console-html';

const PAGE_SIZE = 20;

/** GET /_console: every collection with its document count and its indexes with their entry counts. */
export const serveConsoleCollections = (engine: Engine, res: ServerResponse): void => {
  const rows = engine.store
    .collectionNames()
    .sort()
    .map((name) => {
      const indexes = engine.store
        .indexes(name)
        .map((ix) => `${escapeHtml(ix.spec.name)}${ix.spec.unique ? '（唯一）' : ''}：${engine.store.indexSize(ix)} 条`)
        .concat(engine.store.geoIndexes(name).map((ix) => `${escapeHtml(ix.name)}（2dsphere）`))
        .join('<br>');
      const link = `/_console/collections/${encodeURIComponent(name)}`;
      return `<tr><td><a href="${link}">${escapeHtml(name)}</a></td><td>${engine.count(name, {})}</td><td>${indexes || '—'}</td></tr>`;
    })
    .join('\n');
  sendConsolePage(
    res,
    '数据库集合',
    `<table><thead><tr><th>集合</th><th>文档数</th><th>索引（条目数）</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
};

/**
 * GET /_console/collections/<name>?q=<JSON filter>&page=<n>: the collection's documents matching
 * the filter (MongoDB query JSON, as `where()` sends it), 20 a page in _id order. Bad JSON or a
 * refused query is shown as a message, never a crash.
 */
export const serveConsoleDocuments = (engine: Engine, name: string, search: URLSearchParams, res: ServerResponse): void => {
  if (!engine.store.hasCollection(name))
    return sendConsolePage(res, '集合不存在', `<p class="error">没有名为 ${escapeHtml(name)} 的集合</p>`, 404);
  const text = search.get('q')?.trim() || '{}';
  const page = Math.max(1, Math.floor(Number(search.get('page')) || 1));
  let error = '';
  let docs: Record<string, unknown>[] = [];
  let total = 0;
  try {
    const filter: unknown = JSON.parse(text);
    if (!filter || typeof filter !== 'object' || Array.isArray(filter)) throw new Error('查询条件必须是 JSON 对象，例如 {"status":"open"}');
    const query = filter as Record<string, unknown>;
    total = engine.count(name, query);
    docs = engine.find(name, query, { sort: [['_id', 1]], skip: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  } catch (caught) {
    error = caught instanceof SyntaxError ? `查询条件不是有效的 JSON：${caught.message}` : `查询失败：${(caught as Error).message}`;
  }
  const base = `/_console/collections/${encodeURIComponent(name)}?q=${encodeURIComponent(text)}`;
  const pager = [
    page > 1 ? `<a href="${base}&page=${page - 1}">上一页</a>` : '',
    page * PAGE_SIZE < total ? `<a href="${base}&page=${page + 1}">下一页</a>` : '',
  ].join(' ');
  const rows = docs
    .map((doc) => `<tr><td><pre>${escapeHtml(JSON.stringify(JSON.parse(encodeResult(doc)), null, 2))}</pre></td></tr>`)
    .join('\n');
  sendConsolePage(
    res,
    `集合 ${name}`,
    `<form method="get"><label>查询条件（JSON）<textarea name="q" rows="3">${escapeHtml(text)}</textarea></label><button type="submit">查询</button></form>
${error ? `<p class="error">${escapeHtml(error)}</p>` : `<p>共 ${total} 条，第 ${page} 页 ${pager}</p>`}
<table><thead><tr><th>文档</th></tr></thead><tbody>${rows || '<tr><td>没有文档</td></tr>'}</tbody></table>`,
    error ? 400 : 200,
  );
};
