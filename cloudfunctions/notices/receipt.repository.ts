import { z } from 'zod';
import { database } from '../_lib/cloudbase';
import { isDuplicateWrite } from '../_lib/database-error';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { keysetBatches, readKeysetPage } from '../_lib/keyset/keyset-page.repository';

/**
 * `notice_receipts`: `_id = ${noticeId}:${openid}`, written when a member first opens or confirms,
 * so any number of concurrent reads count once. `publishedAt` and `live` let the badge count the
 * caller's receipts inside the same window as the notices (a recall sets `live: false`).
 */
export interface ReceiptDocument {
  _id: string;
  noticeId: string;
  openid: string;
  name: string;
  orgUnitId: string | null;
  publishedAt: Date;
  live: boolean;
  readAt: Date;
  confirmed: boolean;
  confirmedAt: Date | null;
  reply: string | null;
}

const receipts = () => database.collection('notice_receipts');
const _ = database.command;

export const receiptIdOf = (noticeId: string, openid: string) => `${noticeId}:${openid}`;

/** True when this call wrote the receipt; false when one already existed. */
export const insertReceiptOnce = async (receipt: ReceiptDocument): Promise<boolean> => {
  try {
    await receipts().add(receipt);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

/** The confirmation counts once: only the update that finds `confirmed: false` wins. */
export const confirmReceipt = async (receiptId: string, at: Date, reply: string | null): Promise<boolean> => {
  const { updated } = await receipts().where({ _id: receiptId, confirmed: false }).update({ confirmed: true, confirmedAt: at, reply });
  return (updated ?? 0) > 0;
};

export const findReceipts = async (receiptIds: string[]): Promise<Map<string, ReceiptDocument>> => {
  if (receiptIds.length === 0) return new Map();
  const { data } = await receipts()
    .where({ _id: _.in(receiptIds) })
    .limit(1000)
    .get();
  return new Map((data as ReceiptDocument[]).map((receipt) => [receipt._id, receipt]));
};

/** The caller's live receipts for notices published since `since` (openid, live, publishedAt index). */
export const countMyReceipts = async (openid: string, since: Date): Promise<number> => {
  const { total } = await receipts()
    .where({ openid, live: true, publishedAt: _.gte(since) })
    .count();
  return total ?? 0;
};

/** `${noticeId}:${openid}` */
const receiptIdSchema = z.string().regex(/^n_[A-Za-z0-9]{20}:[A-Za-z0-9_-]{1,64}$/);

const NEWEST_READERS_FIRST = keyset({ readAt: key.date('desc'), _id: key.id('desc', receiptIdSchema) });

export const pageReceipts = (noticeId: string, cursor: string | undefined, limit: number) =>
  readKeysetPage<ReceiptDocument>(receipts(), NEWEST_READERS_FIRST, { noticeId }, { cursor, limit });

/** Receipts of one notice under one org unit, as the recount reads them. */
export interface UnitReceiptCount {
  noticeId: string;
  orgUnitId: string | null;
  read: number;
  confirmed: number;
  /** The newest receipt write (first read or confirmation) of the group. */
  lastWriteAt: Date;
}

/** Receipts of `noticeIds` counted per notice and org unit: one grouped aggregate (notice_confirmed index). */
export const countReceiptsOf = async (noticeIds: string[]): Promise<UnitReceiptCount[]> => {
  if (noticeIds.length === 0) return [];
  const $ = database.command.aggregate;
  const { data } = await receipts()
    .aggregate()
    .match({ noticeId: _.in(noticeIds) })
    .group({
      _id: { noticeId: '$noticeId', orgUnitId: '$orgUnitId' },
      read: $.sum(1),
      confirmed: $.sum($.cond(['$confirmed', 1, 0])),
      lastReadAt: $.max('$readAt'),
      lastConfirmedAt: $.max('$confirmedAt'),
    })
    .limit(10_000)
    .end();
  type Row = {
    _id: { noticeId: string; orgUnitId?: string | null };
    read: number;
    confirmed: number;
    lastReadAt: Date;
    lastConfirmedAt: Date | null;
  };
  return (data as Row[]).map((row) => ({
    noticeId: row._id.noticeId,
    orgUnitId: row._id.orgUnitId ?? null,
    read: row.read,
    confirmed: row.confirmed,
    lastWriteAt: new Date(Math.max(new Date(row.lastReadAt).getTime(), row.lastConfirmedAt ? new Date(row.lastConfirmedAt).getTime() : 0)),
  }));
};

/** After a recall the notice no longer counts in anyone's badge, so neither may its receipts. */
export const retireReceipts = async (noticeId: string): Promise<void> => {
  await receipts().where({ noticeId, live: true }).update({ live: false });
};

/** Every receipt, in id order and bounded batches (the stats rebuild). */
export const everyReceipt = () => keysetBatches<ReceiptDocument>(receipts(), keyset({ _id: key.id('asc', z.string()) }), {});
