import { correctionIdSchema } from '@core/activity.schema';
import type { CorrectionStatus } from '@core/activity.types';
import { database } from '../_lib/cloudbase';
import { isDuplicateWrite } from '../_lib/database-error';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';
import { readInTransaction, type TransactionScope } from '../_lib/transaction.repository';

const _ = database.command;

/**
 * `activity_corrections`: a student's request to set the check-out an automatic close lacked.
 * `_id` = the attendance id, so one attendance has at most one request: a second insert is refused
 * by the database, however the two arrive. The owner of the collection: every read and write of a
 * request is one of the functions below.
 */
export interface CorrectionDocument {
  _id: string;
  activityId: string;
  activityTitle: string;
  openid: string;
  name: string;
  checkedInAt: Date | null;
  requestedCheckoutAt: Date;
  reason: string;
  status: CorrectionStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  minutes: number | null;
  createdAt: Date;
  updatedAt: Date;
}

const CORRECTIONS = 'activity_corrections';
const corrections = () => database.collection(CORRECTIONS);

/** False when the attendance already has a request. */
export const insertCorrection = async (correction: CorrectionDocument): Promise<boolean> => {
  try {
    await corrections().add(correction);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

export const findCorrection = async (correctionId: string): Promise<CorrectionDocument | null> => {
  const { data } = await corrections().where({ _id: correctionId }).limit(1).get();
  return (data[0] as CorrectionDocument | undefined) ?? null;
};

/** A member's requests, newest first (one per attended activity: 100 is years). */
export const correctionsOf = async (openid: string): Promise<CorrectionDocument[]> => {
  const { data } = await corrections().where({ openid }).orderBy('createdAt', 'desc').limit(100).get();
  return data as CorrectionDocument[];
};

/** An activity's queue: every pending request (oldest first), then the latest decided ones. */
export const correctionsOfActivity = async (activityId: string): Promise<CorrectionDocument[]> => {
  const [pending, decided] = await Promise.all([
    corrections().where({ activityId, status: 'pending' }).orderBy('createdAt', 'asc').limit(1000).get(),
    corrections()
      .where({ activityId, status: _.in(['approved', 'rejected']) })
      .orderBy('createdAt', 'desc')
      .limit(200)
      .get(),
  ]);
  return [...(pending.data as CorrectionDocument[]), ...(decided.data as CorrectionDocument[])];
};

/** Inside a transaction: the request as the transaction sees it (the decision reads it there). */
export const readCorrectionIn = (tx: TransactionScope, correctionId: string): Promise<CorrectionDocument | null> =>
  readInTransaction<CorrectionDocument>(tx, CORRECTIONS, correctionId);

/** Inside a transaction: the decided request replaces the pending one, so a second decision conflicts. */
export const saveDecisionIn = async (tx: TransactionScope, decided: CorrectionDocument): Promise<void> => {
  const { _id, ...body } = decided;
  await tx.collection(CORRECTIONS).doc(_id).set(body);
};

/** 首页 (admins): pending requests of every activity, oldest first, over the (status, createdAt) index. */
export const oldestPendingCorrections = async (limit: number): Promise<CorrectionDocument[]> => {
  const { data } = await corrections().where({ status: 'pending' }).orderBy('createdAt', 'asc').limit(limit).get();
  return data as CorrectionDocument[];
};

const OLDEST_FIRST = keyset({ createdAt: key.date('asc'), _id: key.id('asc', correctionIdSchema) });

/** Admins: one page of every activity's pending requests, oldest first, over the (status, createdAt) index. */
export const pagePendingCorrections = (cursor: string | undefined, limit: number) =>
  readKeysetPage<CorrectionDocument>(corrections(), OLDEST_FIRST, { status: 'pending' }, { cursor, limit });
