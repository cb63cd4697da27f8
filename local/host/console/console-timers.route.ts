import type { ServerResponse } from 'node:http';
import { parseCron } from '../cron-schedule';
import type { FunctionRegistry } from '../function-registry';
import type { InvocationLog } from '../invocation-log';
import { codeOf, withCapturedLogs } from '../invocation-log';
import { invokeTimer } from '../timer-invocation';
import { escapeHtml, sendConsolePage, shanghaiTime } from './console-html';

const LOOKAHEAD_SECONDS = 2 * 24 * 3600;

/** The next whole second the cron matches within two days, or null. */
const nextRun = (cron: string, from = Date.now()): number | null => {
  const schedule = parseCron(cron);
  const first = (Math.floor(from / 1000) + 1) * 1000;
  for (let i = 0; i < LOOKAHEAD_SECONDS; i++) if (schedule.matches(new Date(first + i * 1000))) return first + i * 1000;
  return null;
};

/** GET /_console/timers: every declared timer trigger with its cron, next run and a 立即运行 button. */
export const serveConsoleTimers = (registry: FunctionRegistry, res: ServerResponse, notice = ''): void => {
  const rows = registry
    .names()
    .flatMap((fn) => registry.configOf(fn).triggers.map((trigger) => ({ fn, trigger })))
    .map(({ fn, trigger }) => {
      const next = nextRun(trigger.config);
      const action = `/_console/timers/${encodeURIComponent(fn)}/${encodeURIComponent(trigger.name)}/run`;
      return `<tr><td>${escapeHtml(fn)}</td><td>${escapeHtml(trigger.name)}</td><td><code>${escapeHtml(trigger.config)}</code></td><td>${next ? escapeHtml(shanghaiTime(next)) : '两天内不运行'}</td><td><form method="post" action="${action}"><button type="submit">立即运行</button></form></td></tr>`;
    })
    .join('\n');
  sendConsolePage(
    res,
    '定时触发器',
    `${notice}<table><thead><tr><th>云函数</th><th>触发器</th><th>cron（北京时间）</th><th>下次运行</th><th></th></tr></thead><tbody>${rows || '<tr><td colspan="5">没有声明定时触发器</td></tr>'}</tbody></table>`,
  );
};

/** POST /_console/timers/<function>/<trigger>/run: one tick now, as the scheduler would run it, then the list with its result. */
export const runConsoleTimer = async (
  options: { registry: FunctionRegistry; envId: string; invocations?: InvocationLog },
  functionName: string,
  triggerName: string,
  res: ServerResponse,
): Promise<void> => {
  const declared = options.registry.find(functionName) ? options.registry.configOf(functionName).triggers : [];
  if (!declared.some((trigger) => trigger.name === triggerName))
    return sendConsolePage(
      res,
      '定时触发器',
      `<p class="error">没有定时触发器 ${escapeHtml(functionName)}.${escapeHtml(triggerName)}</p>`,
      404,
    );
  const started = Date.now();
  const logs: string[] = [];
  let result: unknown;
  let code = 'INTERNAL';
  try {
    result = await withCapturedLogs(logs, () => invokeTimer(options.registry, options.envId, functionName, triggerName));
    code = codeOf(result);
  } catch (error) {
    result = { error: (error as Error).message };
  }
  options.invocations?.record({
    at: started,
    functionName,
    caller: 'timer',
    action: triggerName,
    durationMs: Date.now() - started,
    code,
    logs,
  });
  const notice = `<p>已运行 ${escapeHtml(functionName)}.${escapeHtml(triggerName)}（${code}）：</p><pre>${escapeHtml(JSON.stringify(result, null, 2))}</pre>`;
  serveConsoleTimers(options.registry, res, notice);
};
