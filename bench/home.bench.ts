import { startWireCounter } from '../tests/functions/wire-counter';
import { seedDatabase } from '../local/seed/seed-database';
import { startBenchSystem } from './bench-system';
import { PERSONAS, seedYear } from './home-year';

const REPEATS = 21;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One size: a fresh system, a year of data, then every persona's 首页 on the wire (round trips) and timed (p50). */
async function measure(members: number) {
  const system = await startBenchSystem(`home-${members}`);
  try {
    await seedDatabase();
    const documents = await seedYear(members);
    const home = async (openid: string) => {
      const reply = await system.callAs('users', openid, { action: 'home' });
      if (!reply.ok) throw new Error(`home as ${openid} failed: ${JSON.stringify(reply)}`);
      return reply.data;
    };
    // Warm the host, the function module and the org tree cache: a serving instance is warm.
    for (let i = 0; i < 5; i++) for (const openid of PERSONAS) await home(openid);

    const counter = await startWireCounter();
    const wire: Record<string, { requests: number; roundTrips: number }> = {};
    const feeds: Record<string, any> = {};
    try {
      // One pass through the counter first: its own first requests (sockets, JIT) would split a batch.
      for (const openid of PERSONAS) await home(openid);
      for (const openid of PERSONAS) {
        const { requests, roundTrips, reply } = await counter.trafficOf(() => home(openid));
        wire[openid] = { requests, roundTrips };
        console.error(`home: ${openid} ${requests} requests in ${roundTrips} round trips`);
        feeds[openid] = reply;
      }
    } finally {
      await counter.close();
    }
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i++)
      for (const openid of PERSONAS) {
        const started = process.hrtime.bigint();
        await home(openid);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    return {
      members,
      documents: Object.values(documents).reduce((sum, count) => sum + count, 0),
      round_trips: Math.max(...Object.values(wire).map((w) => w.roundTrips)),
      requests: Math.max(...Object.values(wire).map((w) => w.requests)),
      p50_ms: Number(median(times).toFixed(2)),
      feeds,
    };
  } finally {
    await system.stop();
  }
}

/**
 * `npm run bench -- home`: 首页 for 李老师, 张同学, 王队长 and 陈老师 at 100 and 10,000 members
 * with a year of activity (bench/home-year.ts). Reports round trips (most of any persona) and the
 * p50 over the four personas × 21 loads per size, and the growth ratio p50(large) ÷ p50(small).
 * `--n N` replaces the large size (the test runs a small pair); correctness fields come from the
 * large size's answers.
 */
export async function run(n = 10_000): Promise<Record<string, unknown>> {
  const small = await measure(100);
  const large = await measure(n);
  const { feeds } = large;
  const student = feeds['dev-student'];
  const teacher = feeds['dev-teacher'];
  const leader = feeds['dev-leader'];
  const admin = feeds['dev-admin'];
  for (const size of [small, large])
    console.error(
      `home: ${size.members} members, ${size.documents} documents: ${size.round_trips} round trips, ${size.requests} requests, p50 ${size.p50_ms} ms`,
    );
  return {
    bench: 'home',
    sizes: [small, large].map(({ feeds: _feeds, ...figures }) => figures),
    round_trips: Math.max(small.round_trips, large.round_trips),
    growth: Number((large.p50_ms / small.p50_ms).toFixed(2)),
    student_next_activity: student.nextActivities[0]?.title ?? null,
    student_unread_notices: student.unreadNotices,
    student_answers: student.answers.count,
    teacher_next_booking_status: teacher.nextBooking?.status ?? null,
    leader_today_jobs: leader.leader?.todayJobs.count ?? null,
    leader_unassigned: leader.leader?.unassigned.count ?? null,
    leader_unassigned_more: leader.leader?.unassigned.more ?? null,
    admin_applications: admin.admin?.applications.count ?? null,
    admin_applications_more: admin.admin?.applications.more ?? null,
    admin_corrections: admin.admin?.corrections.count ?? null,
  };
}
