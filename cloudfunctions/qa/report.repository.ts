import { database } from '../_lib/cloudbase';
import { isDuplicateWrite } from '../_lib/database-error';

const reports = () => database.collection('qa_reports');

/**
 * `_id` = target:reporter, so the database itself counts one report per member and post: a
 * second report (or a double tap) loses the insert. Answers whether this report is new.
 */
export const recordReport = async (targetId: string, reporterOpenid: string, reason: string): Promise<boolean> => {
  try {
    await reports().add({ _id: `${targetId}:${reporterOpenid}`, targetId, reporterOpenid, reason, createdAt: new Date() });
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

export const recentReportReasons = async (targetId: string, limit: number): Promise<string[]> => {
  const { data } = await reports().where({ targetId }).orderBy('createdAt', 'desc').field({ reason: true }).limit(limit).get();
  return (data as { reason: string }[]).map((report) => report.reason);
};
