import { createInvocationLog, withCapturedLogs } from './invocation-log';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('keeps each call its own console lines, even when calls overlap', async () => {
  const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const first: string[] = [];
  const second: string[] = [];
  await Promise.all([
    withCapturedLogs(first, async () => {
      console.log('first starts');
      await pause(20);
      console.warn('first ends', { n: 1 });
    }),
    withCapturedLogs(second, async () => {
      await pause(5);
      console.error('second only');
    }),
  ]);
  quiet.mockRestore();
  expect(first).toEqual(['[log] first starts', '[warn] first ends { n: 1 }']);
  expect(second).toEqual(['[error] second only']);
});

it('keeps the last N calls, newest first', () => {
  const log = createInvocationLog(3);
  for (let i = 0; i < 5; i++) log.record({ at: i, functionName: 'f', caller: 'o', action: `a${i}`, durationMs: 1, code: 'OK', logs: [] });
  expect(log.list().map((call) => call.action)).toEqual(['a4', 'a3', 'a2']);
});
