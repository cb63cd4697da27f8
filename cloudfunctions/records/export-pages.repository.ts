import { attendanceIdSchema } from '@core/activity.schema';
import { ATTENDANCE, type AttendanceDocument } from '../_lib/activities/attendance.document';
import { database } from '../_lib/cloudbase';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { keysetBatches } from '../_lib/keyset/keyset-page.repository';
import { PAGE } from './activity-close.repository';

/**
 * Whole-collection reads for the exports, one keyset batch (≤ 1,000, the database's maximum) per
 * query, so an export of any size is a sequence of bounded queries and never an offset scan.
 */
const BY_ID = keyset({ _id: key.id('asc', attendanceIdSchema) });

export const attendanceOfActivity = (activityId: string) =>
  keysetBatches<AttendanceDocument>(database.collection(ATTENDANCE), BY_ID, { activityId }, PAGE);
