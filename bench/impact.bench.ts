import tcb from '@cloudbase/node-sdk';
import { rebuildStats } from '../cloudfunctions/stats/rebuild-stats';
import { COUNTER_FIELDS } from '../core/stats-measures';
import { sumCountersByMonthAndTeam } from '../cloudfunctions/_lib/stats/stats.repository';
import { seedDatabase } from '../local/seed/seed-database';
import { startWireCounter } from '../tests/functions/wire-counter';
import { startBenchSystem } from './bench-system';
import { insertAll } from './home-year';
import { liveCounters } from './impact-live-counters';

const REPEATS = 21;
const MEMBERS = 2000;
const UNITS = ['ou-class-qx2301', 'ou-class-qx2201', 'ou-class-rj2301', 'ou-class-jy2302', 'ou-class-sm223'];
const TEAMS = ['team-car-care', 'team-computer-clinic', null];
const TERM = { name: '看板学期', startDay: '2036-02-20', endDay: '2036-07-10' };
const TERM_START = new Date('2036-02-20T08:00:00+08:00').getTime();
const TERM_DAYS = 140;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One size: `entries` verified ledger entries of 2,000 members, their live counters, the dashboard live and after the nightly repair. */
async function measure(entries: number) {
  const system = await startBenchSystem(`impact-${entries}`);
  try {
    await seedDatabase();
    const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
    const saved = await system.callAs('records', 'dev-admin', { action: 'saveTerm', ...TERM });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const termId = saved.data.term.termId as string;
    const members = Array.from({ length: MEMBERS }, (_, i) => `ib-m${String(i).padStart(5, '0')}`);
    await insertAll(
      db,
      'users',
      members.map((openid, i) => ({
        _id: openid,
        name: `看板${i}`,
        membershipStatus: 'approved',
        memberKind: 'student',
        memberNo: null,
        phone: null,
        orgUnitId: UNITS[i % UNITS.length],
        teamRoles: [],
        latestApplicationId: null,
        admin: false,
        createdAt: new Date(),
        lastLoginAt: new Date(),
      })),
    );
    // The ledger in bulk through the SDK: one activity per 50 entries, minutes 30–240, spread over the term.
    let minutes = 0;
    const seedStarted = Date.now();
    const live = await liveCounters();
    const CHUNK = 20_000;
    for (let from = 0; from < entries; from += CHUNK) {
      const rows = Array.from({ length: Math.min(CHUNK, entries - from) }, (_, k) => {
        const i = from + k;
        const openid = members[(i * 7919) % MEMBERS];
        const activityId = `act_ib${String(Math.floor(i / 50)).padStart(18, '0')}`;
        const entryMinutes = 30 * (1 + (i % 8));
        minutes += entryMinutes;
        return {
          _id: `activity:${activityId}:${openid}`, // distinct: 1919 is prime to 2000
          openid,
          source: { kind: 'activity' as const, id: activityId },
          minutes: entryMinutes,
          verifiedBy: 'dev-admin',
          verifiedAt: new Date(TERM_START + ((i * 104_729) % (TERM_DAYS * 86_400)) * 1000),
          teamId: TEAMS[i % TEAMS.length],
          title: '看板基准',
        };
      });
      await insertAll(db, 'hours_ledger', rows);
      await live.add(rows);
    }
    await live.store(db);
    const seedMs = Date.now() - seedStarted;

    const load = async () => {
      const reply = await system.callAs('stats', 'dev-admin', { action: 'dashboard', termId });
      if (!reply.ok) throw new Error(`dashboard failed: ${JSON.stringify(reply)}`);
      return reply.data;
    };
    /** One state's figures: round trips, documents examined, reply bytes, the aggregate's and the load's p50. */
    const measureLoads = async () => {
      for (let i = 0; i < 5; i++) await load();
      const counter = await startWireCounter();
      let wire: { requests: number; roundTrips: number };
      let board: any;
      try {
        await load();
        const traffic = await counter.trafficOf(load);
        wire = { requests: traffic.requests, roundTrips: traffic.roundTrips };
        board = traffic.reply;
      } finally {
        await counter.close();
      }
      // Where a load's time goes: documents the emulator examines, bytes on the wire, the aggregates' own time.
      const statsUrl = system.emulator.url.replace('/admin', '/_emulator/stats');
      await fetch(`${statsUrl}/reset`, { method: 'POST' });
      const bytesCounter = await startWireCounter();
      let replyBytes = 0;
      try {
        replyBytes = (await bytesCounter.trafficOf(load)).replyBytes;
      } finally {
        await bytesCounter.close();
      }
      const scan = (await (await fetch(statsUrl)).json()) as { docsExamined: number; lastPlan: string };
      const filter = { termId, teamId: null, orgUnitIds: null };
      const queryTimes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = process.hrtime.bigint();
        await sumCountersByMonthAndTeam(filter, COUNTER_FIELDS);
        queryTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      const counterDocs = (await db.collection('stats_monthly').where({ termId }).count()).total;
      const times: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const started = process.hrtime.bigint();
        await load();
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      return {
        wire,
        board,
        scan,
        replyBytes,
        counterQueryP50Ms: Number(median(queryTimes).toFixed(2)),
        counterDocs,
        p50Ms: Number(median(times).toFixed(2)),
      };
    };
    // Live: the counters as increments left them, spread over the shards.
    const liveState = await measureLoads();
    // Nightly: the repair (nothing to repair here) merges agreeing shards; then the check finds no difference.
    const rebuilt = await rebuildStats(true);
    const checked = await rebuildStats(false);
    const nightly = await measureLoads();
    const figures = {
      entries,
      seedMs,
      rebuildMs: rebuilt.tookMs,
      rebuildFacts: rebuilt.facts,
      differencesBeforeRepair: rebuilt.differences,
      mergedByRepair: rebuilt.merged,
      differencesAfterRepair: checked.differences,
      roundTrips: Math.max(liveState.wire.roundTrips, nightly.wire.roundTrips),
      requests: liveState.wire.requests,
      docsExaminedPerLoad: liveState.scan.docsExamined,
      docsExaminedAfterMerge: nightly.scan.docsExamined,
      counterDocsOfTerm: liveState.counterDocs,
      counterDocsAfterMerge: nightly.counterDocs,
      dbReplyBytesPerLoad: liveState.replyBytes,
      counterQueryP50Ms: liveState.counterQueryP50Ms,
      p50Ms: liveState.p50Ms,
      p50MsAfterMerge: nightly.p50Ms,
      verifiedHours: liveState.board.totals.verifiedHours as number,
      verifiedHoursAfterMerge: nightly.board.totals.verifiedHours as number,
      expectedHours: Math.round((minutes / 60) * 10) / 10,
      activeVolunteers: liveState.board.totals.activeVolunteers as number,
    };
    console.error(`impact: ${JSON.stringify(figures)}`);
    return figures;
  } finally {
    await system.stop();
  }
}

/**
 * `npm run bench -- impact [--sizes 10000,1000000]`: the committee's 数据看板 over `entries`
 * ledger entries seeded in bulk (counters as live increments leave them, then after the nightly merge): round trips on the wire and
 * p50 of 21 loads per size; growth = p50(largest) ÷ p50(smallest). Goal: growth ≤ 1.5, ≤ 5 round trips.
 */
export async function run(_n?: number, sizes: number[] = [10_000, 1_000_000]): Promise<Record<string, unknown>> {
  const results = [];
  for (const size of sizes) results.push(await measure(size));
  return {
    bench: 'impact',
    sizes: results,
    roundTrips: Math.max(...results.map((r) => r.roundTrips)),
    p50Ms: results.map((r) => r.p50Ms),
    growth: Number((results[results.length - 1].p50Ms / results[0].p50Ms).toFixed(2)),
    p50MsAfterMerge: results.map((r) => r.p50MsAfterMerge),
    growthAfterMerge: Number((results[results.length - 1].p50MsAfterMerge / results[0].p50MsAfterMerge).toFixed(2)),
    docsExaminedPerLoad: results.map((r) => r.docsExaminedPerLoad),
    docsExaminedAfterMerge: results.map((r) => r.docsExaminedAfterMerge),
    hoursCorrect: results.every((r) => r.verifiedHours === r.expectedHours && r.verifiedHoursAfterMerge === r.expectedHours),
    activeVolunteers: results.map((r) => r.activeVolunteers),
    differencesBeforeRepair: Math.max(...results.map((r) => r.differencesBeforeRepair)),
    differencesAfterRepair: Math.max(...results.map((r) => r.differencesAfterRepair)),
  };
}
