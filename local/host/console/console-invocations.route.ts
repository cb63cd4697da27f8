import type { ServerResponse } from 'node:http';
import type { InvocationLog } from '../invocation-log';
import { escapeHtml, sendConsolePage, shanghaiTime } from './console-html';

/** GET /_console/invocations: the last 200 function calls, newest first, with their logs. */
export const serveConsoleInvocations = (log: InvocationLog, res: ServerResponse): void => {
  const rows = log
    .list()
    .map(
      (call) =>
        `<tr><td>${escapeHtml(shanghaiTime(call.at))}</td><td>${escapeHtml(call.caller)}</td><td>${escapeHtml(call.functionName)}</td><td>${escapeHtml(call.action)}</td><td>${call.durationMs} ms</td><td>${escapeHtml(call.code)}</td><td><pre>${escapeHtml(call.logs.join('\n'))}</pre></td></tr>`,
    )
    .join('\n');
  sendConsolePage(
    res,
    '最近的函数调用',
    `<p>最近 ${log.list().length} 次调用（最多保留 200 次，最新在前）。</p>
<table><thead><tr><th>时间</th><th>调用者 openid</th><th>云函数</th><th>action</th><th>耗时</th><th>结果码</th><th>日志</th></tr></thead><tbody>${rows || '<tr><td colspan="7">暂无调用</td></tr>'}</tbody></table>`,
  );
};
