import {
  ADMIN_AUDIT_KINDS,
  type AdminAuditEntry,
  type AdminAuditKind,
  type AdminAuditState,
  type AdminAuditTarget,
} from '@core/admin-audit';
import { documentId } from '@core/text.schema';
import { database } from './cloudbase';
import type { Caller } from './define-function';
import { key } from './keyset/key-fields';
import { keyset } from './keyset/keyset';
import { readKeysetPage } from './keyset/keyset-page.repository';
import type { TransactionScope } from './transaction.repository';

/**
 * The one owner of `admin_audit`. Any function that makes an admin change records it here, in the
 * same transaction as the change when there is one, so a change and its entry land together.
 */
/** The stored entry is the page's entry less what is derived on reading (label) plus its `_id` and a real date. */
export type AdminAuditDocument = Omit<AdminAuditEntry, 'auditId' | 'kindLabel' | 'at'> & { _id: string; at: Date };

export interface AdminChange {
  kind: AdminAuditKind;
  /** Who made it: the invocation's caller (identity from the platform context, never from params). */
  actor: Caller;
  target: AdminAuditTarget;
  before: AdminAuditState;
  after: AdminAuditState;
  reason?: string | null;
}

const ADMIN_AUDIT = 'admin_audit';
const adminAudit = () => database.collection(ADMIN_AUDIT);

/** Newest first over the (at, _id) and (kind, at, _id) indexes. */
const NEWEST_FIRST = keyset({ at: key.date('desc'), _id: key.id('desc', documentId) });

/** Records one admin change; inside `tx` when given, so it commits or rolls back with the change. */
export const recordAdminChange = async (change: AdminChange, tx?: TransactionScope): Promise<void> => {
  // The name is read once per invocation (the caller caches its user document) and kept in the
  // entry, so the trail still says who it was after that member has left.
  const actorName = (await change.actor.user())?.name ?? '';
  const document: Omit<AdminAuditDocument, '_id'> = {
    kind: change.kind,
    actorOpenid: change.actor.openid,
    actorName,
    target: change.target,
    before: change.before,
    after: change.after,
    reason: change.reason ?? '',
    at: new Date(),
  };
  await (tx ? tx.collection(ADMIN_AUDIT) : adminAudit()).add(document);
};

export const pageAdminAudit = (kind: AdminAuditKind | undefined, limit: number, cursor?: string) =>
  readKeysetPage<AdminAuditDocument>(adminAudit(), NEWEST_FIRST, kind ? { kind } : {}, { cursor, limit });

export const toAdminAuditEntry = (document: AdminAuditDocument): AdminAuditEntry => ({
  auditId: document._id,
  kind: document.kind,
  kindLabel: ADMIN_AUDIT_KINDS[document.kind] ?? document.kind,
  actorOpenid: document.actorOpenid,
  actorName: document.actorName,
  target: document.target,
  before: document.before,
  after: document.after,
  reason: document.reason,
  at: new Date(document.at).toISOString(),
});
