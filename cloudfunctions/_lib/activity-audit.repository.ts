import { randomBytes } from 'node:crypto';
import type { AuditEntry } from '@core/activity.types';
import { documentId } from '@core/text.schema';
import { database } from './cloudbase';
import { key } from './keyset/key-fields';
import { keyset } from './keyset/keyset';
import { readKeysetPage } from './keyset/keyset-page.repository';
import type { TransactionScope } from './transaction.repository';

/**
 * The `activity_audit` collection: every attendance change not made by the student's own scan —
 * an organiser scanning a member code, a manual addition or check-out, a correction decided —
 * with who, when and why. Written in the same step as the change it records. The owner of the
 * collection: activities' scans append here, records' transactions and audit log too.
 */
export interface AuditDocument {
  _id: string;
  activityId: string;
  action: AuditEntry['action'];
  targetOpenid: string;
  targetName: string;
  byOpenid: string;
  byName: string;
  reason: string;
  at: Date;
}

const ACTIVITY_AUDIT = 'activity_audit';
const activityAudit = () => database.collection(ACTIVITY_AUDIT);

export const appendAudit = async (entry: Omit<AuditDocument, '_id'>): Promise<void> => {
  await activityAudit().add(entry);
};

/**
 * Inside the transaction of the change it records (a manual attendance, a decided correction). Its
 * id is chosen here, as a transaction's add needs one, and orders it newest first by (`at`, `_id`).
 */
export const appendAuditIn = async (tx: TransactionScope, entry: Omit<AuditDocument, '_id'>): Promise<void> => {
  await tx.collection(ACTIVITY_AUDIT).add({ _id: `aud_${entry.at.getTime().toString(36)}${randomBytes(6).toString('hex')}`, ...entry });
};

const NEWEST_FIRST = keyset({ at: key.date('desc'), _id: key.id('desc', documentId) });

/** One page of an activity's audit entries, newest first (activityId, at, _id). */
export const auditPage = (activityId: string, cursor: string | undefined, limit: number) =>
  readKeysetPage<AuditDocument>(activityAudit(), NEWEST_FIRST, { activityId }, { cursor, limit });

export const toAuditEntry = (document: AuditDocument): AuditEntry => ({
  auditId: document._id,
  activityId: document.activityId,
  action: document.action,
  targetOpenid: document.targetOpenid,
  targetName: document.targetName,
  byOpenid: document.byOpenid,
  byName: document.byName,
  reason: document.reason,
  at: new Date(document.at).toISOString(),
});
