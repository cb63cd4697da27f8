import type { ConfirmMode, NoticeAudience, NoticeBlock, NoticeEdit, NoticeStatus } from '@core/notice.types';
import { noticeIdSchema } from '@core/notice.schema';
import { database } from '../_lib/cloudbase';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';

/**
 * `notices`: one document per notice, audience stored once as `audienceKeys` (see
 * core/notice-audience.ts). `pinRank` (1/0) orders pinned first in the feed index
 * (status, audienceKeys, pinRank desc, publishedAt desc).
 */
export interface NoticeDocument {
  _id: string;
  authorOpenid: string;
  authorName: string;
  status: NoticeStatus;
  title: string;
  body: NoticeBlock[];
  attachments: string[];
  audience: NoticeAudience;
  audienceKeys: string[];
  confirmMode: ConfirmMode;
  pinned: boolean;
  pinRank: number;
  publishAt: Date | null;
  /** Null until it goes live; the feed, badge and receipts window use it. */
  publishedAt: Date | null;
  recall: { reason: string; at: Date; by: string } | null;
  history: (Omit<NoticeEdit, 'editedAt'> & { editedAt: Date })[];
  /** Bumped by every edit, so two concurrent edits cannot both win. */
  version: number;
  /** Epoch when never reminded, so "an hour ago" is one `lt` condition. */
  lastRemindedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  /** Receipt counts, bumped once per first receipt / first confirmation (see receipt-tally.repository.ts). */
  tally?: ReceiptTally;
  /** The audience counted once, by the first receipts summary (see receipt-tally.repository.ts). */
  audienceTally?: AudienceTally;
}

/** `units` is keyed by `unitKeyOf(orgUnitId)`. */
export interface ReceiptTally {
  read?: number;
  confirmed?: number;
  units?: Record<string, { read?: number; confirmed?: number }>;
}

export interface AudienceTally {
  size: number;
  units: Record<string, number>;
  countedAt: Date;
}

export const notices = () => database.collection('notices');
export const _ = database.command;

export const findNotice = async (noticeId: string): Promise<NoticeDocument | null> => {
  const { data } = await notices().doc(noticeId).get();
  return ((Array.isArray(data) ? data[0] : data) as NoticeDocument | undefined) ?? null;
};

export const insertNotice = async (notice: NoticeDocument): Promise<void> => {
  await notices().add(notice);
};

/** A conditional update: true only for the caller whose condition still held. */
export const updateNoticeWhere = async (condition: Record<string, unknown>, fields: Record<string, unknown>): Promise<boolean> => {
  const { updated } = await notices().where(condition).update(fields);
  return (updated ?? 0) > 0;
};

/** Scheduled notices whose time has come, oldest first (status, publishAt index). */
export const findDueNotices = async (now: Date, limit: number): Promise<NoticeDocument[]> => {
  const { data } = await notices()
    .where({ status: 'scheduled', publishAt: _.lte(now) })
    .orderBy('publishAt', 'asc')
    .limit(limit)
    .get();
  return data as NoticeDocument[];
};

/** The author's notices, newest first (authorOpenid, createdAt, _id index). */
const NEWEST_FIRST = keyset({ createdAt: key.date('desc'), _id: key.id('desc', noticeIdSchema) });

export const pageAuthored = (authorOpenid: string, cursor: string | undefined, limit: number) =>
  readKeysetPage<NoticeDocument>(
    notices(),
    NEWEST_FIRST,
    { authorOpenid },
    {
      cursor,
      limit,
      projection: { title: true, status: true, pinned: true, publishAt: true, publishedAt: true, updatedAt: true, createdAt: true },
    },
  );
