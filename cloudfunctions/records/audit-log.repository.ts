import { documentId } from '@core/text.schema';
import { ACTIVITY_AUDIT, type AuditDocument } from '../_lib/activities/audit.document';
import { database } from '../_lib/cloudbase';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';

const NEWEST_FIRST = keyset({ at: key.date('desc'), _id: key.id('desc', documentId) });

/** One page of an activity's audit entries, newest first (activityId, at, _id). */
export const auditPage = (activityId: string, cursor: string | undefined, limit: number) =>
  readKeysetPage<AuditDocument>(database.collection(ACTIVITY_AUDIT), NEWEST_FIRST, { activityId }, { cursor, limit });
