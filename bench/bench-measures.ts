import type tcb from '@cloudbase/node-sdk';
import { readFileSync } from 'node:fs';

type Database = ReturnType<ReturnType<typeof tcb.init>['database']>;

/** CPU seconds a child process has used so far (Linux /proc), to show which side a run is bound by. */
export const childCpuSeconds = (pid: number | undefined): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};

/**
 * The emulator's raw conditional-update rate (as bench/emulator.bench.ts measures it): `updates`
 * conditional increments of one fresh document `id`, `concurrency` at a time, through `db` (give it
 * the functions' SDK configuration, so the benches compare like with like).
 */
export const conditionalUpdateRate = async (db: Database, id: string, concurrency: number, updates = 1000): Promise<number> => {
  const _ = db.command;
  await db.collection('slots').add({ _id: id, count: 0 });
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < updates) {
        next += 1;
        await db
          .collection('slots')
          .where({ _id: id, count: _.lt(updates) })
          .update({ count: _.inc(1) });
      }
    }),
  );
  return Math.round(updates / (Number(process.hrtime.bigint() - started) / 1e9));
};
