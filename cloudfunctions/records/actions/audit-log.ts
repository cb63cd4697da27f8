import type { RecordsContract } from '@core/records.contract';
import { toAuditEntry } from '../../_lib/activities/audit.document';
import type { ActionInvocation } from '../../_lib/define-function';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../_lib/notify/keyset-cursor';
import { requireOrganisedActivity } from '../activity-access';
import { auditPage } from '../audit-log.repository';

/** The activity's manual changes, newest first, a page at a time. */
export const auditLog = async ({ params, caller }: ActionInvocation<RecordsContract['auditLog']>) => {
  await requireOrganisedActivity(caller, params.activityId);
  const cursor = params.cursor ? decodeKeysetCursor(params.cursor) : null;
  const rows = await auditPage(params.activityId, cursor && { at: new Date(cursor.at), id: cursor.id }, params.limit + 1);
  const items = rows.slice(0, params.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toAuditEntry),
    nextCursor: rows.length > params.limit && last ? encodeKeysetCursor(new Date(last.at).getTime(), last._id) : null,
  };
};
