import { attendanceIdSchema } from '@core/activity.schema';
import { z } from 'zod';
import { ATTENDANCE, type AttendanceDocument } from '../_lib/activities/attendance.document';
import { database } from '../_lib/cloudbase';
import { HOURS_LEDGER, type HoursEntryDocument } from '../_lib/hours/hours-ledger.repository';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { keysetBatches } from '../_lib/keyset/keyset-page.repository';
import { PAGE } from './activity-close.repository';

const _ = database.command;

/**
 * Whole-collection reads for the exports, one keyset batch (≤ 1,000, the database's maximum) per
 * query, so an export of any size is a sequence of bounded queries and never an offset scan.
 */
const BY_ID = keyset({ _id: key.id('asc', attendanceIdSchema) });

export const attendanceOfActivity = (activityId: string) =>
  keysetBatches<AttendanceDocument>(database.collection(ATTENDANCE), BY_ID, { activityId }, PAGE);

/** Ledger entry ids are server-made (`${source}:${sourceId}:${openid}`); the walk never decodes a cursor. */
const OLDEST_VERIFIED_FIRST = keyset({ verifiedAt: key.date('asc'), _id: key.id('asc', z.string()) });

/** Ledger entries verified in [from, to), over the `verifiedAt` index. */
export const ledgerBetween = (from: Date, to: Date) =>
  keysetBatches<HoursEntryDocument>(
    database.collection(HOURS_LEDGER),
    OLDEST_VERIFIED_FIRST,
    { verifiedAt: _.gte(from).and(_.lt(to)) },
    PAGE,
  );
