import { parseCron, type CronSchedule } from './cron-schedule';
import type { FunctionRegistry } from './function-registry';
import { invokeTimer } from './timer-invocation';
import { codeOf, withCapturedLogs, type InvocationLog } from './invocation-log';

interface ScheduledTrigger {
  functionName: string;
  triggerName: string;
  schedule: CronSchedule;
}

export interface TimerScheduler {
  triggers: { functionName: string; triggerName: string; cron: string }[];
  stop(): void;
}

/**
 * The local stand-in for CloudBase's timer triggers: reads every function's declared triggers
 * once, then checks them at each whole second and invokes the due ones. Like CloudBase it does
 * not wait for a previous tick to finish, so jobs must be safe to overlap; failures are logged.
 */
export const startTimerScheduler = (options: {
  registry: FunctionRegistry;
  envId: string;
  log: (line: string) => void;
  /** The console's list of recent calls, where each tick is recorded too. */
  invocations?: InvocationLog;
}): TimerScheduler => {
  const scheduled: ScheduledTrigger[] = options.registry.names().flatMap((functionName) =>
    options.registry.configOf(functionName).triggers.map((trigger) => ({
      functionName,
      triggerName: trigger.name,
      schedule: parseCron(trigger.config),
    })),
  );
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const tick = (at: Date) => {
    for (const trigger of scheduled) {
      if (!trigger.schedule.matches(at)) continue;
      const started = Date.now();
      const logs: string[] = [];
      const record = (code: string) =>
        options.invocations?.record({
          at: started,
          functionName: trigger.functionName,
          caller: 'timer',
          action: trigger.triggerName,
          durationMs: Date.now() - started,
          code,
          logs,
        });
      withCapturedLogs(logs, () => invokeTimer(options.registry, options.envId, trigger.functionName, trigger.triggerName, at)).then(
        (result) => {
          record(codeOf(result));
          options.log(`timer ${trigger.functionName}.${trigger.triggerName} ${JSON.stringify(result)}`);
        },
        (error: unknown) => {
          record('INTERNAL');
          console.error(`[host] timer ${trigger.functionName}.${trigger.triggerName} failed`, error);
        },
      );
    }
  };

  // Re-armed for each whole second (not setInterval) so drift never skips or repeats a second.
  const arm = (after: number) => {
    if (stopped) return;
    const next = (Math.floor(after / 1000) + 1) * 1000;
    timer = setTimeout(() => {
      tick(new Date(next));
      arm(next);
    }, next - Date.now());
    timer.unref();
  };
  if (scheduled.length > 0) arm(Date.now());

  return {
    triggers: scheduled.map(({ functionName, triggerName, schedule }) => ({ functionName, triggerName, cron: schedule.source })),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
};
