import tcb from '@cloudbase/node-sdk';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startBenchSystem, type FunctionReply } from '../../bench/bench-system';
import { createRunningActivity, freshCode, inPool, readAttendance, seedStudents, signUpAll } from '../../bench/checkin-setup';
import { spawnEmulator } from '../../bench/spawn-emulator';
import { ensureCheckinSecret } from '../../local/checkin-secret';
import { seedDatabase } from '../../local/seed/seed-database';

jest.setTimeout(240_000);

const STUDENTS = 300;
const CONCURRENCY = 20;
const MANIFEST = join(__dirname, '..', '..', 'database', 'manifest.json');
const FIXED_MINUTES = 60;

type System = Awaited<ReturnType<typeof startBenchSystem>>;
type Emulator = System['emulator'];

/**
 * The emulator is its own process, the host runs here: halfway through a burst of check-ins (then
 * of check-outs) the emulator is killed with SIGKILL and restarted on the same data dir and port.
 * Whatever the host acknowledged must be stored; retrying every student afterwards must leave one
 * record each and credit hours once.
 */
describe('check-in burst across a kill -9 of the local CloudBase', () => {
  let system: System;
  let emulator: Emulator;
  let db: ReturnType<ReturnType<typeof tcb.init>['database']>;
  let activityId: string;
  let students: string[];

  beforeAll(async () => {
    ensureCheckinSecret();
    system = await startBenchSystem('checkin-crash');
    emulator = system.emulator;
    await seedDatabase();
    db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
    students = await seedStudents(db, 'o-crash', STUDENTS);
    activityId = await createRunningActivity(system.callAs, {
      capacity: STUDENTS,
      title: '断电签到测试',
      hoursRule: { kind: 'fixed', fixedMinutes: FIXED_MINUTES, rounding: 'standard' },
    });
    await signUpAll(system.callAs, activityId, students, 20);
  });

  afterAll(async () => {
    await system?.host.close();
    await emulator?.stop();
    if (system) rmSync(system.dataDir, { recursive: true, force: true });
  });

  /** Scans every student with `code`; kills the emulator once half of them were acknowledged, then restarts it. */
  const burstWithCrash = async (action: 'checkin' | 'checkout', code: string) => {
    const acknowledged = new Map<string, FunctionReply>();
    let refused = 0;
    let killed: Promise<unknown> | null = null;
    // While the emulator is down the functions log each ECONNREFUSED as INTERNAL; that is expected here.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await inPool(students, CONCURRENCY, async (openid) => {
      const reply = await system.callAs('activities', openid, { action, code });
      if (reply.ok) acknowledged.set(openid, reply);
      else refused += 1;
      if (!killed && acknowledged.size >= STUDENTS / 2) {
        const dead = emulator.child;
        killed = new Promise((resolve) => dead.once('exit', resolve));
        dead.kill('SIGKILL');
      }
    });
    await killed;
    quiet.mockRestore();
    emulator = await spawnEmulator(join(system.dataDir, 'db'), MANIFEST, emulator.port);
    return { acknowledged, refused };
  };

  /** Each student scans again with a code of the restarted system: one answer each, all ok. */
  const retryAll = async (action: 'checkin' | 'checkout') => {
    const code = await freshCode(system.callAs, activityId, action === 'checkin' ? 'in' : 'out', 12);
    const replies = await inPool(students, CONCURRENCY, (openid) => system.callAs('activities', openid, { action, code }));
    expect(replies.filter((reply) => !reply.ok)).toEqual([]);
    return new Map(students.map((openid, i) => [openid, replies[i]]));
  };

  const byStudent = async () => {
    const rows = await readAttendance(db, activityId);
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.openid, (counts.get(row.openid) ?? 0) + 1);
    return { rows: new Map(rows.map((row) => [row.openid, row])), duplicates: rows.length - counts.size };
  };

  const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

  it('keeps every acknowledged check-in with its time, and a retry makes no second record', async () => {
    const { acknowledged, refused } = await burstWithCrash('checkin', await freshCode(system.callAs, activityId, 'in', 20));
    const before = await byStudent();
    const lost = [...acknowledged].filter(
      ([openid, reply]) => iso(before.rows.get(openid)?.checkedInAt) !== reply.data.attendance.checkedInAt,
    );
    const present = [...before.rows.values()].filter((row) => row.checkedInAt).length;

    const retried = await retryAll('checkin');
    const after = await byStudent();
    const moved = [...acknowledged].filter(([openid, reply]) => {
      const again = retried.get(openid)!;
      return !again.data.repeat || again.data.attendance.checkedInAt !== reply.data.attendance.checkedInAt;
    });
    const notCheckedIn = students.filter((openid) => !after.rows.get(openid)?.checkedInAt);
    const answeredOtherwise = students.filter(
      (openid) => retried.get(openid)!.data.attendance.checkedInAt !== iso(after.rows.get(openid)?.checkedInAt),
    );
    console.log(
      `check-in crash: acknowledged ${acknowledged.size}, refused while down ${refused}, present after restart ${present}, ` +
        `lost ${lost.length}, duplicates ${after.duplicates}, retried first ${students.length - [...retried.values()].filter((r) => r.data.repeat).length}`,
    );

    expect(acknowledged.size).toBeGreaterThanOrEqual(STUDENTS / 2);
    expect(refused).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(present).toBeGreaterThanOrEqual(acknowledged.size);
    expect(moved).toEqual([]);
    expect(after.rows.size).toBe(STUDENTS);
    expect(after.duplicates).toBe(0);
    expect(notCheckedIn).toEqual([]);
    expect(answeredOtherwise).toEqual([]);
  });

  it('credits every acknowledged check-out once, and a retry credits nobody twice', async () => {
    const { acknowledged, refused } = await burstWithCrash('checkout', await freshCode(system.callAs, activityId, 'out', 20));
    const ledgerOf = async () => {
      const { data } = await db.collection('hours_ledger').where({ 'source.id': activityId }).limit(1000).get();
      return data as { openid: string; minutes: number }[];
    };
    const before = await ledgerOf();
    const credited = new Set(before.map((entry) => entry.openid));
    const lost = [...acknowledged.keys()].filter((openid) => !credited.has(openid));

    const retried = await retryAll('checkout');
    const after = await ledgerOf();
    const perStudent = new Map<string, number>();
    for (const entry of after) perStudent.set(entry.openid, (perStudent.get(entry.openid) ?? 0) + 1);
    const twice = [...perStudent].filter(([, count]) => count > 1);
    const uncredited = students.filter((openid) => !perStudent.has(openid));
    const moved = [...acknowledged].filter(
      ([openid, reply]) => retried.get(openid)!.data.attendance.checkedOutAt !== reply.data.attendance.checkedOutAt,
    );
    const rows = await byStudent();
    console.log(
      `check-out crash: acknowledged ${acknowledged.size}, refused while down ${refused}, credited after restart ${before.length}, ` +
        `lost ${lost.length}, ledger entries after retry ${after.length}, credited twice ${twice.length}`,
    );

    expect(acknowledged.size).toBeGreaterThanOrEqual(STUDENTS / 2);
    expect(lost).toEqual([]);
    expect(moved).toEqual([]);
    expect(twice).toEqual([]);
    expect(uncredited).toEqual([]);
    expect(after.every((entry) => entry.minutes === FIXED_MINUTES)).toBe(true);
    expect(rows.duplicates).toBe(0);
    expect([...rows.rows.values()].filter((row) => !row.checkedOutAt)).toEqual([]);
  });
});
