import type { AuditEntry } from '@core/activity.types';
import { database } from '../cloudbase';

/**
 * The `activity_audit` collection: every attendance change not made by the student's own scan —
 * an organiser scanning a member code, a manual addition or check-out, a correction decided —
 * with who, when and why. Written in the same step as the change it records.
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

export const ACTIVITY_AUDIT = 'activity_audit';
const activityAudit = () => database.collection(ACTIVITY_AUDIT);

export const appendAudit = async (entry: Omit<AuditDocument, '_id'>): Promise<void> => {
  await activityAudit().add(entry);
};

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
