import { ACTIVITY_AUDIT, type AuditDocument } from '../_lib/activities/audit.document';
import { database } from '../_lib/cloudbase';

const _ = database.command;

/** One page of an activity's audit entries, newest first, after the (at, _id) of the previous page's last row. */
export const auditPage = async (activityId: string, after: { at: Date; id: string } | null, limit: number): Promise<AuditDocument[]> => {
  const position = after ? _.or([{ at: _.lt(after.at) }, { at: after.at, _id: _.lt(after.id) }]) : undefined;
  const { data } = await database
    .collection(ACTIVITY_AUDIT)
    .where(position ? _.and([{ activityId }, position]) : { activityId })
    .orderBy('at', 'desc')
    .orderBy('_id', 'desc')
    .limit(limit)
    .get();
  return data as AuditDocument[];
};
