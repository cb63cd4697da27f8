import tcb from '@cloudbase/node-sdk';
import { ensureCheckinSecret } from '../local/checkin-secret';
import { seedDatabase } from '../local/seed/seed-database';
import { childCpuSeconds, conditionalUpdateRate } from './bench-measures';
import { startBenchSystem, type FunctionReply } from './bench-system';
import { forgeCodes } from './checkin-forgery';
import { keepAliveCaller } from './keep-alive-caller';
import { createRunningActivity, freshCode, inPool, readAttendance, seedStudents, signUpAll, type CallAs } from './checkin-setup';

const CONCURRENCY = 100;
const COND_UPDATES = 1000;
/** Separate small phases that price one repeat scan and one forged scan in emulator requests. */
const PRICE_SAMPLE = 50;

type Scan = { kind: 'first' | 'repeat' | 'forged'; openid: string; reply: FunctionReply; ms: number };
/** One unit of the burst: a student's first scan (and, for every other student, a repeat right after it), or a forged scan. */
type Task = { openid: string; repeat: boolean } | { openid: string; forged: string };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** A fixed shuffle, so runs are comparable: forged scans spread through the burst, not bunched. */
const shuffled = <T>(items: T[]): T[] => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

/**
 * `npm run bench -- checkin [--n 1000]`: n signed-up students check in at once (concurrency
 * 100) through the function host and the real SDK against the emulator in its own process, mixed
 * with n/2 repeat scans (each after its student's first) and n/10 forged codes, sent by n/10 other
 * signed-up members who never scan a genuine code, so an accepted forgery would show as theirs.
 */
export async function run(n = 1000): Promise<Record<string, unknown>> {
  ensureCheckinSecret();
  const system = await startBenchSystem('checkin');
  const statsUrl = system.emulator.url.replace('/admin', '/_emulator/stats');
  const requests = async () => {
    const { requests: byAction } = (await (await fetch(statsUrl)).json()) as { requests: Record<string, number> };
    return Object.values(byAction).reduce((a, b) => a + b, 0);
  };
  const resetStats = () => fetch(`${statsUrl}/reset`, { method: 'POST' });
  try {
    await seedDatabase();
    // Configured as the functions' SDK is (cloudfunctions/_lib/cloudbase.ts), so the raw rate is comparable.
    const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, keepalive: false }).database();
    const callAs: CallAs = system.callAs;
    const forgedCount = Math.ceil(n / 10);
    const students = await seedStudents(db, 'o-checkin', n);
    const forgers = await seedStudents(db, 'o-forger', forgedCount);
    const activityId = await createRunningActivity(callAs, { capacity: n + forgedCount, title: '千人签到压力测试' });
    await signUpAll(callAs, activityId, [...students, ...forgers]);
    // Measured before and after the burst (the machine is shared; its load drifts), reported as the mean.
    const condBefore = await conditionalUpdateRate(db, 'bench-cond-before', CONCURRENCY, COND_UPDATES);

    // The burst must finish inside the code's validity (its slot plus the grace).
    const code = await freshCode(callAs, activityId, 'in', Math.min(25, 10 + n / 50));
    const forged = forgeCodes(code, await freshCode(callAs, activityId, 'out', 0), forgedCount);
    const tasks: Task[] = shuffled([
      ...students.map((openid, i) => ({ openid, repeat: i % 2 === 0 })),
      ...forged.map((forgedCode, i) => ({ openid: forgers[i], forged: forgedCode })),
    ]);
    const phones = keepAliveCaller(
      system.host.url,
      new Map([...students, ...forgers].map((openid) => [openid, system.sessionToken(openid)])),
      CONCURRENCY,
    );
    const scans: Scan[] = [];
    const scan = async (kind: Scan['kind'], openid: string, scanned: string) => {
      const started = process.hrtime.bigint();
      const reply = await phones.call('activities', openid, { action: 'checkin', code: scanned });
      scans.push({ kind, openid, reply, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    };

    await resetStats();
    const cpuBefore = [process.cpuUsage(), childCpuSeconds(system.emulator.child.pid)] as const;
    const started = process.hrtime.bigint();
    await inPool(tasks, CONCURRENCY, async (task) => {
      if ('forged' in task) return scan('forged', task.openid, task.forged);
      await scan('first', task.openid, code);
      if (task.repeat) await scan('repeat', task.openid, code);
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const hostCpu = process.cpuUsage(cpuBefore[0]);
    const cpu = {
      host_s: Number(((hostCpu.user + hostCpu.system) / 1e6).toFixed(2)),
      emulator_s: Number((childCpuSeconds(system.emulator.child.pid) - cpuBefore[1]).toFixed(2)),
    };
    const burstRequests = await requests();
    phones.close();
    const condAfter = await conditionalUpdateRate(db, 'bench-cond-after', CONCURRENCY, COND_UPDATES);
    const condUpdatePerS = Math.round((condBefore + condAfter) / 2);

    const price = await pricePhases(callAs, activityId, students, forgers, forged, code, { requests, resetStats });
    const check = verify(scans, await readAttendance(db, activityId), new Set(students));
    const firstsAccepted = scans.filter((s) => s.kind === 'first' && s.reply.ok && !s.reply.data.repeat).length;
    const repeats = scans.filter((s) => s.kind === 'repeat').length;
    const attributable = burstRequests - repeats * price.repeat - forged.length * price.forged;
    console.log(
      JSON.stringify({
        burst_s: Number(seconds.toFixed(2)),
        burst_requests: burstRequests,
        // the emulator's pace during the burst, beside its raw conditional-update rate
        burst_requests_per_s: Math.round(burstRequests / seconds),
        cond_update_per_s_before_after: [condBefore, condAfter],
        requests_per_repeat: price.repeat,
        requests_per_forged: price.forged,
        refusals: check.refusals,
        p50_ms: Number(
          percentile(
            scans.map((s) => s.ms),
            50,
          ).toFixed(1),
        ),
        p90_ms: Number(
          percentile(
            scans.map((s) => s.ms),
            90,
          ).toFixed(1),
        ),
        cpu,
      }),
    );
    return {
      bench: 'checkin',
      students: n,
      accepted: check.accepted,
      duplicates: check.duplicates,
      forged_accepted: scans.filter((s) => s.kind === 'forged' && s.reply.ok).length,
      per_s: Math.round(firstsAccepted / seconds),
      p99_ms: Number(
        percentile(
          scans.map((s) => s.ms),
          99,
        ).toFixed(1),
      ),
      round_trips_per_checkin: Number((attributable / Math.max(1, firstsAccepted)).toFixed(2)),
      cond_update_per_s: condUpdatePerS,
    };
  } finally {
    await system.stop();
  }
}

/**
 * What one repeat scan and one forged scan cost in emulator requests, measured apart from the
 * burst (each on students already checked in, with a code still valid) so the burst's requests
 * can be attributed to accepted check-ins honestly.
 */
const pricePhases = async (
  callAs: CallAs,
  activityId: string,
  students: string[],
  forgers: string[],
  forged: string[],
  burstCode: string,
  stats: { requests(): Promise<number>; resetStats(): Promise<unknown> },
) => {
  const code = await freshCode(callAs, activityId, 'in', 10).catch(() => burstCode);
  const sample = Math.min(PRICE_SAMPLE, students.length, forged.length);
  await stats.resetStats();
  await inPool(students.slice(0, sample), 10, (openid) => callAs('activities', openid, { action: 'checkin', code }));
  const repeat = (await stats.requests()) / sample;
  await stats.resetStats();
  await inPool(forged.slice(0, sample), 10, (forgedCode, i) => callAs('activities', forgers[i], { action: 'checkin', code: forgedCode }));
  const forgedCost = (await stats.requests()) / sample;
  return { repeat, forged: forgedCost };
};

/**
 * Reads back what the database holds. A duplicate is an attendance document beyond one per
 * student, a repeat scan that was treated as a first one, or a check-in time a repeat moved.
 */
const verify = (scans: Scan[], rows: Awaited<ReturnType<typeof readAttendance>>, students: Set<string>) => {
  const stored = new Map<string, number>();
  const checkedIn = new Map<string, string>();
  for (const row of rows) {
    stored.set(row.openid, (stored.get(row.openid) ?? 0) + 1);
    if (row.checkedInAt && students.has(row.openid)) checkedIn.set(row.openid, new Date(row.checkedInAt).toISOString());
  }
  let duplicates = [...stored.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
  const refusals: Record<string, number> = {};
  for (const scan of scans) {
    if (!scan.reply.ok) refusals[`${scan.kind}:${scan.reply.code}`] = (refusals[`${scan.kind}:${scan.reply.code}`] ?? 0) + 1;
    if (scan.kind === 'forged' || !scan.reply.ok) continue;
    const answered = scan.reply.data.attendance.checkedInAt as string;
    if (scan.kind === 'repeat' && !scan.reply.data.repeat) duplicates += 1;
    else if (answered !== checkedIn.get(scan.openid)) duplicates += 1;
  }
  return { accepted: checkedIn.size, duplicates, refusals };
};
