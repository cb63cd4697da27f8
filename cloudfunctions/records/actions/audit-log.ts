import type { RecordsContract } from '@core/records.contract';
import { toAuditEntry } from '../../_lib/activities/audit.document';
import type { ActionInvocation } from '../../_lib/define-function';
import { requireOrganisedActivity } from '../activity-access';
import { auditPage } from '../audit-log.repository';

/** The activity's manual changes, newest first, a page at a time. */
export const auditLog = async ({ params, caller }: ActionInvocation<RecordsContract['auditLog']>) => {
  await requireOrganisedActivity(caller, params.activityId);
  const page = await auditPage(params.activityId, params.cursor, params.limit);
  return { items: page.items.map(toAuditEntry), nextCursor: page.nextCursor };
};
