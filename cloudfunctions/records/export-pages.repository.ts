import { ATTENDANCE, type AttendanceDocument } from '../_lib/activities/attendance.document';
import { database } from '../_lib/cloudbase';
import { HOURS_LEDGER, type HoursEntryDocument } from '../_lib/hours/hours-ledger.repository';
import { PAGE } from './activity-close.repository';

const _ = database.command;

/**
 * Whole-collection reads for the exports, one keyset page (≤ 1,000, the database's maximum) per
 * query, so an export of any size is a sequence of bounded queries and never an offset scan.
 */
export async function* attendanceOfActivity(activityId: string): AsyncGenerator<AttendanceDocument[]> {
  let afterId = '';
  for (;;) {
    const { data } = await database
      .collection(ATTENDANCE)
      .where({ activityId, _id: _.gt(afterId) })
      .orderBy('_id', 'asc')
      .limit(PAGE)
      .get();
    const page = data as AttendanceDocument[];
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    afterId = page[page.length - 1]._id;
  }
}

/** Ledger entries verified in [from, to), over the `verifiedAt` index, keyset on (verifiedAt, _id). */
export async function* ledgerBetween(from: Date, to: Date): AsyncGenerator<HoursEntryDocument[]> {
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const range = { verifiedAt: _.gte(from).and(_.lt(to)) };
    const position = after ? _.or([{ verifiedAt: _.gt(after.at) }, { verifiedAt: after.at, _id: _.gt(after.id) }]) : null;
    const { data } = await database
      .collection(HOURS_LEDGER)
      .where(position ? _.and([range, position]) : range)
      .orderBy('verifiedAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(PAGE)
      .get();
    const page = data as HoursEntryDocument[];
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    const last = page[page.length - 1];
    after = { at: new Date(last.verifiedAt), id: last._id };
  }
}
