import { randomBytes } from 'node:crypto';
import type { AuditDocument } from '../_lib/activities/audit.document';

/**
 * An audit entry with its id chosen here: written inside the transaction of the change it records,
 * and ordered newest first by (`at`, `_id`).
 */
export const auditDocument = (entry: Omit<AuditDocument, '_id'>): AuditDocument => ({
  _id: `aud_${entry.at.getTime().toString(36)}${randomBytes(6).toString('hex')}`,
  ...entry,
});
