import type { RecordsContract } from '@core/records.contract';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findLedgerEntry, reverseLedgerEntry } from '../../_lib/hours/hours-ledger.repository';
import { reconcileMember } from '../../_lib/honours/honour-standing';
import { findUser } from '../../_lib/user.repository';
import { outOfDateCertificatesOf } from '../../certificates/certificate-coverage';

/**
 * The entry is marked, not removed (its id still refuses a second credit of the same source); the
 * member's honours are reconciled right after, so a level resting on these hours is withdrawn now
 * — the hourly evaluation would also catch it, should this call die in between. The member's valid
 * certificates that listed these hours are named, for the admin to revoke or re-issue.
 */
export const reverseHours = async ({ params, caller }: ActionInvocation<RecordsContract['reverseHours']>) => {
  const entry = await findLedgerEntry(params.entryId);
  if (!entry) throw new ActionError('NOT_FOUND', '时长条目不存在');
  if (!(await reverseLedgerEntry(entry._id, caller.openid, params.reason, new Date()))) throw new ActionError('HOURS_ALREADY_REVERSED');
  const member = await findUser(entry.openid);
  await recordAdminChange({
    kind: 'hours.reverse',
    actor: caller,
    target: { type: 'hours', id: entry._id, label: `${member?.name ?? entry.openid} · ${entry.title ?? '志愿服务'}` },
    before: { minutes: entry.minutes, status: '已认定' },
    after: { minutes: entry.minutes, status: '已撤销' },
    reason: params.reason,
  });
  const [{ withdrawn }, outOfDateCertificates] = await Promise.all([reconcileMember(entry.openid), outOfDateCertificatesOf(entry.openid)]);
  return { entryId: entry._id, withdrawnLevels: withdrawn, outOfDateCertificates };
};
