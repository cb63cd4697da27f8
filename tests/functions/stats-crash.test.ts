import tcb from '@cloudbase/node-sdk';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startBenchSystem, type FunctionReply } from '../../bench/bench-system';
import { invokeTimer } from '../../local/host/timer-invocation';
import { inPool, seedStudents } from '../../bench/checkin-setup';
import { insertAll } from '../../bench/home-year';
import { spawnEmulator } from '../../bench/spawn-emulator';
import { creditHours } from '../../cloudfunctions/_lib/hours/hours-ledger.repository';
import { bookingFacts } from '../../cloudfunctions/_lib/stats/stat-facts-of';
import { recordStatFacts } from '../../cloudfunctions/_lib/stats/stats.repository';
import { seedDatabase } from '../../local/seed/seed-database';

jest.setTimeout(300_000);

const BOOKINGS = 60;
const ACTIVITIES = 15;
const CONCURRENCY = 16;
/** Users retrying after an outage come back a few at a time. */
const RETRY_CONCURRENCY = 4;
const MANIFEST = join(__dirname, '..', '..', 'database', 'manifest.json');
const HOUR = 3_600_000;

type System = Awaited<ReturnType<typeof startBenchSystem>>;
type Emulator = System['emulator'];
interface Call {
  fn: string;
  as: string;
  payload: Record<string, unknown>;
}

/** A finished car-wash booking with its service record (two volunteers, 60 minutes each), awaiting confirmation and a rating. */
const doneBooking = (i: number, booker: string, volunteers: string[], closedAt: Date) => ({
  _id: `svc-car-wash_crash${i}:${booker}`,
  slotId: `svc-car-wash_crash${i}`,
  serviceId: 'svc-car-wash',
  serviceName: '洗车',
  teamId: 'team-car-care',
  detailsKind: 'car',
  openid: booker,
  bookerName: booker,
  day: '2026-01-01',
  startClock: '09:00',
  endClock: '10:00',
  startAt: new Date(closedAt.getTime() - HOUR),
  endAt: closedAt,
  place: '汽修实训楼',
  status: 'done',
  details: { kind: 'car', plate: '桂A12345', model: '大众朗逸', colour: '白色' },
  note: '',
  photos: [],
  volunteer: { openid: volunteers[0], name: volunteers[0] },
  history: [{ from: 'in_service', to: 'done', by: volunteers[0], byRole: 'volunteer', at: closedAt, reason: null }],
  record: {
    summary: '已洗车',
    afterPhoto: null,
    overLengthReason: null,
    minutes: volunteers.map((openid) => ({ openid, name: openid, minutes: 60 })),
    closedBy: volunteers[0],
    closedAt,
    verifiedBy: null,
    verifiedAt: null,
  },
  rating: null,
  cancellableUntil: closedAt,
  cancelReason: null,
  remindedBookerAt: null,
  remindedVolunteerAt: null,
  createdAt: new Date(closedAt.getTime() - 24 * HOUR),
  updatedAt: closedAt,
});

/** Codes a retried call may hear when its first attempt did commit before the crash. */
const ALREADY = new Set(['RATED_ALREADY', 'HOURS_ALREADY_REVERSED', 'INVALID_TRANSITION']);
/** Codes a user answers by trying again. */
const AGAIN = new Set(['CONFLICT', 'TIMEOUT']);

/**
 * Issue 17: a kill -9 of the local CloudBase while the rollups are being updated. Leaders confirm
 * service records (ledger credits), bookers rate, an admin reverses credited hours — 16 at a time;
 * halfway the emulator is killed with SIGKILL and restarted on the same data dir. Every refused call
 * is retried once (as its user would), the stats replay timer runs, and the counters must equal a
 * rebuild from the source records: nothing lost, nothing doubled.
 */
describe('stats rollups across a kill -9 of the local CloudBase', () => {
  let system: System;
  let emulator: Emulator;
  let db: ReturnType<ReturnType<typeof tcb.init>['database']>;
  let calls: Call[];
  let bookingIds: string[];
  let entryIds: string[];

  beforeAll(async () => {
    system = await startBenchSystem('stats-crash');
    emulator = system.emulator;
    await seedDatabase();
    db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
    const bookers = await seedStudents(db, 'o-scb', BOOKINGS);
    const volunteers = await seedStudents(db, 'o-scv', 8);
    const closedAt = new Date(Date.now() - HOUR);
    const bookings = bookers.map((booker, i) => doneBooking(i, booker, [volunteers[i % 8], volunteers[(i + 3) % 8]], closedAt));
    await insertAll(db, 'bookings', bookings);
    bookingIds = bookings.map((booking) => booking._id);
    // Their closing counted as `close` counts it; the hours to reverse credited as a check-out credits them.
    await recordStatFacts(bookings.flatMap((booking) => bookingFacts(booking as never)));
    entryIds = [];
    for (let a = 0; a < ACTIVITIES; a++) {
      const id = `act_statscrash${String(a).padStart(8, '0')}`;
      await creditHours(
        { kind: 'activity', id },
        volunteers.slice(0, 4).map((openid) => ({ openid, minutes: 90 })),
        {
          verifiedBy: 'dev-admin',
          verifiedAt: closedAt,
          teamId: a % 2 ? 'team-car-care' : null,
          title: '断电统计测试',
        },
      );
      entryIds.push(...volunteers.slice(0, 4).map((openid) => `activity:${id}:${openid}`));
    }
    // Interleaved: confirmations, ratings and reversals are in flight together.
    calls = [];
    for (let i = 0; i < Math.max(BOOKINGS, entryIds.length); i++) {
      if (i < BOOKINGS) {
        calls.push({ fn: 'bookings', as: 'dev-leader', payload: { action: 'confirmRecord', bookingId: bookingIds[i] } });
        calls.push({ fn: 'bookings', as: bookers[i], payload: { action: 'rate', bookingId: bookingIds[i], score: 1 + (i % 5) } });
      }
      if (i < entryIds.length)
        calls.push({ fn: 'records', as: 'dev-admin', payload: { action: 'reverseHours', entryId: entryIds[i], reason: '断电测试撤销' } });
    }
  });

  afterAll(async () => {
    await system?.host.close();
    await emulator?.stop();
    if (system) rmSync(system.dataDir, { recursive: true, force: true });
  });

  const compare = async () => {
    const reply = await system.callAs('stats', 'dev-admin', { action: 'rebuild', write: false });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    return reply.data as { facts: number; differences: number };
  };

  it('counts every confirmation, rating and reversal once after the restart and replay', async () => {
    expect((await compare()).differences).toBe(0);

    const refused: Call[] = [];
    let acknowledged = 0;
    let killed: Promise<unknown> | null = null;
    // While the emulator is down the functions log each ECONNREFUSED; that is expected here.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await inPool(calls, CONCURRENCY, async (call) => {
      const reply = await system.callAs(call.fn, call.as, call.payload);
      if (reply.ok) acknowledged += 1;
      else refused.push(call);
      if (!killed && acknowledged >= calls.length / 2) {
        const dead = emulator.child;
        killed = new Promise((resolve) => dead.once('exit', resolve));
        dead.kill('SIGKILL');
      }
    });
    await killed;
    quiet.mockRestore();
    emulator = await spawnEmulator(join(system.dataDir, 'db'), MANIFEST, emulator.port);

    // Each refused call again, as its user would (again on 操作冲突 or 服务响应超时: a loaded machine times
    // some out, and a timed-out call may have committed part of its change): done now, or it had committed ("already").
    let pending = refused;
    let unsettled: FunctionReply[] = [];
    for (let round = 0; round < 8 && pending.length > 0; round++) {
      const replies: FunctionReply[] = await inPool(pending, RETRY_CONCURRENCY, (call) => system.callAs(call.fn, call.as, call.payload));
      pending = pending.filter((_, i) => AGAIN.has(replies[i].code ?? ''));
      unsettled = replies.filter((reply) => !reply.ok && !ALREADY.has(reply.code ?? ''));
    }
    expect(unsettled).toEqual([]);

    const afterRetry = await compare();
    // The replay's tick as the scheduler would run it once the notes are old enough (3 minutes on).
    const replayed = (await invokeTimer(system.registry, system.envId, 'stats', 'replayPending', new Date(Date.now() + 3 * 60_000))) as {
      ok: boolean;
      data: { notes: number; records: number; failed: number };
    };
    expect(replayed.ok).toBe(true);
    expect(replayed.data.failed).toBe(0);
    const after = await compare();
    console.log(
      `stats crash: ${calls.length} calls, acknowledged before the kill ${acknowledged}, refused ${refused.length}, ` +
        `differences after retry ${afterRetry.differences}, after replay ${after.differences} ` +
        `(replayed ${replayed.data.records} records of ${replayed.data.notes} notes)`,
    );

    // The burst did everything: every booking verified and rated, every entry reversed.
    const { data: stored } = await db
      .collection('bookings')
      .where({ slotId: db.RegExp({ regexp: '^svc-car-wash_crash' }) })
      .limit(1000)
      .get();
    expect(stored.filter((b: any) => b.status !== 'rated' || !b.record?.verifiedAt || !b.rating)).toEqual([]);
    expect(stored).toHaveLength(BOOKINGS);
    const { data: entries } = await db.collection('hours_ledger').where({ title: '断电统计测试' }).limit(1000).get();
    expect(entries.filter((entry: any) => !entry.reversedAt)).toEqual([]);
    expect(refused.length).toBeGreaterThan(0);
    expect(after.differences).toBe(0);
  });
});
