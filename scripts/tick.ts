/**
 * `npm run tick -- <function> [trigger] [--url http://127.0.0.1:4400/]` — runs one tick of a
 * declared timer trigger now, inside the running local CloudBase (`npm run local`), exactly as the
 * scheduler would. Prints the job's result; exits non-zero if the tick failed.
 */
const DEFAULT_URL = `http://127.0.0.1:${process.env.PORT ?? 4400}/`;

const main = async () => {
  const args = process.argv.slice(2);
  const urlIndex = args.indexOf('--url');
  const url = urlIndex >= 0 ? args.splice(urlIndex, 2)[1] : (process.env.STARFIRE_LOCAL_URL ?? DEFAULT_URL);
  const [functionName, triggerName] = args;
  if (!functionName) {
    console.error('用法：npm run tick -- <云函数名> [触发器名] [--url http://127.0.0.1:4400/]');
    process.exit(2);
  }
  const target = new URL(
    `_local/timers/${encodeURIComponent(functionName)}${triggerName ? `/${encodeURIComponent(triggerName)}` : ''}`,
    url,
  );
  let response: Response;
  try {
    response = await fetch(target, { method: 'POST' });
  } catch {
    console.error(`连接不到本地云开发 ${url}，请先运行 npm run local`);
    process.exit(1);
  }
  const reply = (await response.json()) as { ok: boolean; data?: unknown; message?: string };
  if (!reply.ok) {
    console.error(`tick 失败：${reply.message ?? JSON.stringify(reply)}`);
    process.exit(1);
  }
  console.log(JSON.stringify(reply.data));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
