import tcb from '@cloudbase/node-sdk';
import { generatedRoster, rosterXlsx, uploadRoster } from '../tests/functions/roster-fixtures';
import { startWireCounter } from '../tests/functions/wire-counter';
import { seedDatabase } from '../local/seed/seed-database';
import { startBenchSystem } from './bench-system';

const ADMIN = 'dev-admin';

/**
 * A committee's roster of `n` students imported through the host as the admin's phone does:
 * preview, apply, then the same file applied again (which must change nothing) and once more as
 * a fresh upload of the same rows. Times are wall-clock in one run; compare them with each other.
 * Database requests, round trips and written documents of each step are counted on the wire
 * between the host's SDK and the emulator (the counter's extra hop is inside the times).
 */
export async function run(n = 5000): Promise<Record<string, unknown>> {
  const system = await startBenchSystem('roster');
  try {
    await seedDatabase();
    const content = await rosterXlsx(generatedRoster(n, 2026500000));
    const counter = await startWireCounter();
    try {
      const step = async (action: 'preview' | 'apply', fileId: string) => {
        const started = process.hrtime.bigint();
        const { reply, roundTrips, requests, writes } = await counter.trafficOf(() => system.callAs('roster', ADMIN, { action, fileId }));
        if (!reply.ok) throw new Error(`${action} failed: ${JSON.stringify(reply)}`);
        const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
        return { ms, roundTrips, requests, writes, data: reply.data };
      };
      const fileId = await uploadRoster(ADMIN, content);
      const preview = await step('preview', fileId);
      const first = await step('apply', fileId);
      const again = await step('apply', fileId);
      const reupload = await step('apply', await uploadRoster(ADMIN, content));
      const stored = await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().collection('roster_entries').count();
      return {
        bench: 'roster-import',
        rows: n,
        preview_ms: preview.ms,
        preview_round_trips: preview.roundTrips,
        preview_writes: preview.writes,
        preview_problems: preview.data.problemCount,
        apply_ms: first.ms,
        apply_round_trips: first.roundTrips,
        apply_requests: first.requests,
        apply_writes: first.writes,
        created: first.data.created,
        updated: first.data.updated,
        unchanged: first.data.unchanged,
        second_apply_ms: again.ms,
        second_apply_round_trips: again.roundTrips,
        second_apply_writes: again.writes,
        second_created: again.data.created,
        second_updated: again.data.updated,
        second_unchanged: again.data.unchanged,
        reupload_apply_ms: reupload.ms,
        reupload_apply_round_trips: reupload.roundTrips,
        reupload_apply_writes: reupload.writes,
        reupload_created: reupload.data.created,
        reupload_updated: reupload.data.updated,
        reupload_unchanged: reupload.data.unchanged,
        roster_entries: stored.total,
      };
    } finally {
      await counter.close();
    }
  } finally {
    await system.stop();
  }
}
