import { ActionError } from '../_lib/action-error';
import { database } from '../_lib/cloudbase';
import { readInTransaction, type TransactionScope } from '../_lib/transaction.repository';
import { isDuplicateWrite } from '../_lib/database-error';
import { findApplication } from './application.repository';

/**
 * `member_bindings`: `_id` = the member number, unique index on `openid`. The database itself
 * guarantees one number ↔ one identity; every document has both fields, so the unique index's
 * "missing counts as null" rule never makes two documents collide.
 */
export interface BindingDocument {
  _id: string;
  openid: string;
  /** reserved while the application waits for review; bound once approved. */
  state: 'reserved' | 'bound';
  applicationId: string | null;
  createdAt: Date;
}

const BINDINGS = 'member_bindings';
const bindings = () => database.collection(BINDINGS);

/** A reservation whose application never got written (a crash between the two steps) is reclaimable after this. */
const ORPHAN_AFTER_MS = 60_000;

export type Reservation = 'reserved' | 'taken' | 'pending' | 'member';

const findBinding = async (memberNo: string): Promise<BindingDocument | null> => {
  const { data } = await bindings().doc(memberNo).get();
  return ((Array.isArray(data) ? data[0] : data) as BindingDocument | undefined) ?? null;
};

const findBindingOf = async (openid: string): Promise<BindingDocument | null> => {
  const { data } = await bindings().where({ openid }).limit(1).get();
  return (data[0] as BindingDocument | undefined) ?? null;
};

const isOrphan = async (binding: BindingDocument): Promise<boolean> => {
  if (binding.state !== 'reserved' || Date.now() - new Date(binding.createdAt).getTime() < ORPHAN_AFTER_MS) return false;
  const application = binding.applicationId ? await findApplication(binding.applicationId) : null;
  return application?.status !== 'pending';
};

/**
 * Reserves `memberNo` for `openid` with a plain insert: of any number of concurrent applicants
 * exactly one insert succeeds. A refusal is classified so the app can say why.
 */
export const reserveMemberNo = async (memberNo: string, openid: string, applicationId: string): Promise<Reservation> => {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await bindings().add({ _id: memberNo, openid, state: 'reserved', applicationId, createdAt: new Date() });
      return 'reserved';
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
    }
    const holder = await findBinding(memberNo);
    if (holder && holder.openid !== openid) return 'taken';
    const mine = holder ?? (await findBindingOf(openid));
    if (!mine) continue; // released between our insert and our read: try again
    if (mine.state === 'bound') return 'member';
    if (!(await isOrphan(mine))) return 'pending';
    await bindings().where({ _id: mine._id, openid, state: 'reserved', applicationId: mine.applicationId }).remove();
  }
  throw new ActionError('CONFLICT');
};

/** Undo of a reservation whose application could not be recorded; only ever removes that reservation. */
export const releaseReservation = async (memberNo: string, openid: string, applicationId: string): Promise<void> => {
  await bindings().where({ _id: memberNo, openid, state: 'reserved', applicationId }).remove();
};

/** Inside a membership transaction (membership.repository.ts). */
export const readBindingIn = (tx: TransactionScope, memberNo: string) => readInTransaction<BindingDocument>(tx, BINDINGS, memberNo);

/** The reservation becomes the member's number, on approval. */
export const bindIn = async (tx: TransactionScope, memberNo: string): Promise<void> => {
  await tx.collection(BINDINGS).doc(memberNo).update({ state: 'bound' });
};

/** Frees the number (rejection, withdrawal, unbinding). */
export const removeBindingIn = async (tx: TransactionScope, memberNo: string): Promise<void> => {
  await tx.collection(BINDINGS).doc(memberNo).remove();
};
