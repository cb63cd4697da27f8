import type { ServerResponse } from 'node:http';

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const shanghaiTime = (ms: number) => new Date(ms).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

const NAV: Array<[string, string]> = [
  ['/_console', '数据库'],
  ['/_console/invocations', '函数调用'],
  ['/_console/timers', '定时触发器'],
  ['/_console/storage', '云存储'],
  ['/_local/outbox', '订阅消息发件箱'],
];

/** One page of the local console: the shared head, navigation and styles around a panel's body. */
export const sendConsolePage = (res: ServerResponse, title: string, body: string, status = 200): void => {
  const nav = NAV.map(([href, label]) => `<a href="${href}">${label}</a>`).join(' · ');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)} · 本地云开发控制台</title>
<style>body{font-family:system-ui,sans-serif;margin:24px;color:#222}h1{color:#d8342c;font-size:20px}nav{margin-bottom:16px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top;font-size:14px}th{background:#fbeae9}pre{margin:0;white-space:pre-wrap;font-size:13px}.error{color:#b00020}textarea{width:100%;font-family:monospace}</style></head>
<body><nav>${nav}</nav><h1>${escapeHtml(title)}</h1>
${body}</body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
};
