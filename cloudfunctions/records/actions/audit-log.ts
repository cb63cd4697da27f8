import type { RecordsContract } from '@core/records.contract';
import { auditPage, toAuditEntry } from '../../_lib/activity-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { requireOrganisedActivity } from '../activity-access';

/** The activity's manual changes, newest first, a page at a time. */
export const auditLog = async ({ params, caller }: ActionInvocation<RecordsContract['auditLog']>) => {
  await requireOrganisedActivity(caller, params.activityId);
  const page = await auditPage(params.activityId, params.cursor, params.limit);
  return { items: page.items.map(toAuditEntry), nextCursor: page.nextCursor };
};
