import tcb from '@cloudbase/node-sdk';
import { randomBytes } from 'node:crypto';
import { ROSTER_HEADERS } from '@core/roster';
import { sheetToXlsx } from '../cloudfunctions/_lib/workbook';
import { seedDatabase } from '../local/seed/seed-database';
import { startBenchSystem } from './bench-system';

const ADMIN = 'dev-admin';

/**
 * A committee's roster of `n` students imported through the host as the admin's phone does:
 * preview, apply, then the same file applied again (which must change nothing) and once more as
 * a fresh upload of the same rows. Times are wall-clock in one run; compare them with each other.
 */
export async function run(n = 5000): Promise<Record<string, unknown>> {
  const system = await startBenchSystem('roster');
  try {
    await seedDatabase();
    const rows = Array.from({ length: n }, (_, i) => [String(2026500000 + i), `学生${i}`, '学生', '汽修2301班']);
    const content = await sheetToXlsx('名册', ROSTER_HEADERS, rows);
    const upload = async () =>
      (
        await tcb
          .init({ env: tcb.SYMBOL_CURRENT_ENV })
          .uploadFile({ cloudPath: `uploads/${ADMIN}/${randomBytes(8).toString('hex')}.xlsx`, fileContent: content })
      ).fileID as string;
    const timed = async (action: 'preview' | 'apply', fileId: string) => {
      const started = process.hrtime.bigint();
      const reply = await system.callAs('roster', ADMIN, { action, fileId });
      if (!reply.ok) throw new Error(`${action} failed: ${JSON.stringify(reply)}`);
      return { ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6), data: reply.data };
    };
    const fileId = await upload();
    const preview = await timed('preview', fileId);
    const first = await timed('apply', fileId);
    const again = await timed('apply', fileId);
    const reupload = await timed('apply', await upload());
    const stored = await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().collection('roster_entries').count();
    return {
      bench: 'roster-import',
      rows: n,
      preview_ms: preview.ms,
      preview_problems: preview.data.problemCount,
      apply_ms: first.ms,
      created: first.data.created,
      second_apply_ms: again.ms,
      second_created: again.data.created,
      second_updated: again.data.updated,
      second_unchanged: again.data.unchanged,
      reupload_apply_ms: reupload.ms,
      reupload_unchanged: reupload.data.unchanged,
      roster_entries: stored.total,
    };
  } finally {
    await system.stop();
  }
}
