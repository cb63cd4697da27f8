import type { ServerResponse } from 'node:http';
import type { OutboxMessage } from '../platform/wx-open-api';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const shanghaiTime = (ms: number) => new Date(ms).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/**
 * GET /_local/outbox: the subscription messages the local open API "sent" instead of WeChat,
 * newest first — recipient, template, fields and time, for a developer to read.
 */
export const serveOutboxPage = (outbox: () => OutboxMessage[], res: ServerResponse): void => {
  const rows = outbox()
    .map((m) => {
      const fields = Object.entries(m.data)
        .map(([key, field]) => `${escapeHtml(key)}: ${escapeHtml(String(field?.value ?? ''))}`)
        .join('<br>');
      return `<tr><td>${escapeHtml(shanghaiTime(m.sentAt))}</td><td>${escapeHtml(m.touser)}</td><td>${escapeHtml(m.templateId)}</td><td>${fields}</td><td>${escapeHtml(m.page ?? '')}</td></tr>`;
    })
    .join('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>本地订阅消息发件箱</title>
<style>body{font-family:system-ui,sans-serif;margin:24px;color:#222}h1{color:#d8342c;font-size:20px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top;font-size:14px}th{background:#fbeae9}</style></head>
<body><nav><a href="/_console">← 本地云开发控制台</a></nav><h1>本地订阅消息发件箱</h1><p>本地 CloudBase 代替微信收下的订阅消息（最新在前）。</p>
<table><thead><tr><th>时间</th><th>接收人 openid</th><th>模板</th><th>字段</th><th>跳转页面</th></tr></thead><tbody>
${rows || '<tr><td colspan="5">暂无消息</td></tr>'}
</tbody></table></body></html>`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
};
