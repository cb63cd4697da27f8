import { ActionError } from '../../_lib/action-error';
import type { RosterContract } from '@core/roster.contract';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { countRosterEntries, writeRosterEntries } from '../../_lib/roster-entry.repository';
import { readRosterFile } from '../roster-file';
import { planRoster } from '../roster-plan';

/** Rounds of "plan, write" before giving up on a roster another import keeps changing. */
const ATTEMPTS = 3;

/**
 * Re-reads and re-validates the file (never the preview's word), then writes only entries that
 * differ. A concurrent import of the same numbers makes the insert a duplicate: plan again against
 * what it wrote. Nothing to write = no write at all, not even the audit entry.
 */
export const apply = async ({ params, caller }: ActionInvocation<RosterContract['apply']>) => {
  const file = await readRosterFile(params.fileId, caller);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const plan = await planRoster(file, caller.openid);
    const { summary } = plan;
    if (summary.created + summary.updated === 0) return summary;
    const before = await countRosterEntries();
    if ((await writeRosterEntries(plan.created, plan.changed)) === 'raced') continue;
    await recordAdminChange({
      kind: 'roster.import',
      actor: caller,
      target: { type: 'roster', id: params.fileId.slice(-64).replace(/[^A-Za-z0-9_.-]/g, '_'), label: '成员名册' },
      before: { rows: before },
      after: { rows: before + summary.created, created: summary.created, updated: summary.updated, unchanged: summary.unchanged },
      reason: summary.problemCount ? `${summary.problemCount} 行有问题未导入` : null,
    });
    return summary;
  }
  throw new ActionError('CONFLICT', '名册正被同时导入，请稍后重试');
};
