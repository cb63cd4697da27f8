import type { ConfirmMode, NoticeAudience, NoticeBlock, NoticeEdit, NoticeStatus } from '@core/notice.types';
import { noticeIdSchema } from '@core/notice.schema';
import { database } from '../_lib/cloudbase';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { keysetBatches, readKeysetPage } from '../_lib/keyset/keyset-page.repository';

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

const notices = () => database.collection('notices');
const _ = database.command;

export const findNotice = async (noticeId: string): Promise<NoticeDocument | null> => {
  const { data } = await notices().doc(noticeId).get();
  return ((Array.isArray(data) ? data[0] : data) as NoticeDocument | undefined) ?? null;
};

export const insertNotice = async (notice: NoticeDocument): Promise<void> => {
  await notices().add(notice);
};

/** Each write below is conditional: true only for the caller whose condition still held. */
const updateWhere = async (condition: Record<string, unknown>, fields: Record<string, unknown>): Promise<boolean> => {
  const { updated } = await notices().where(condition).update(fields);
  return (updated ?? 0) > 0;
};

/** Rewrites (or publishes) the author's own draft; false once it is no longer a draft of theirs. */
export const updateOwnDraft = (noticeId: string, authorOpenid: string, fields: Partial<NoticeDocument>): Promise<boolean> =>
  updateWhere({ _id: noticeId, status: 'draft', authorOpenid }, fields);

/** `scheduled → published`: of two overlapping publishers exactly one flips it. */
export const publishScheduledNotice = (noticeId: string, now: Date): Promise<boolean> =>
  updateWhere({ _id: noticeId, status: 'scheduled' }, { status: 'published', publishedAt: now, updatedAt: now });

/** A live or scheduled notice becomes recalled, keeping its title; false when it was neither. */
export const recallNotice = (noticeId: string, recall: { reason: string; at: Date; by: string }): Promise<boolean> =>
  updateWhere({ _id: noticeId, status: _.in(['published', 'scheduled']) }, { status: 'recalled', recall, updatedAt: recall.at });

/** Wins the right to remind: only the update that still sees a reminder older than `intervalMs`. */
export const claimReminder = (noticeId: string, now: Date, intervalMs: number): Promise<boolean> =>
  updateWhere({ _id: noticeId, status: 'published', lastRemindedAt: _.lt(new Date(now.getTime() - intervalMs)) }, { lastRemindedAt: now });

/** Saves an edit over the version it was made from; the previous text goes to `history`. */
export const saveNoticeEdit = (
  notice: Pick<NoticeDocument, '_id' | 'version' | 'status'>,
  edit: Pick<NoticeDocument, 'title' | 'body' | 'attachments'>,
  previous: NoticeDocument['history'][number],
  now: Date,
): Promise<boolean> =>
  updateWhere(
    { _id: notice._id, version: notice.version, status: notice.status },
    { ...edit, version: notice.version + 1, history: _.push(previous), updatedAt: now },
  );

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

const VISIBLE = ['published', 'recalled'];

/** Pinned first, then newest (`pinRank` is 1 or 0). */
const PINNED_THEN_NEWEST = keyset({
  pinRank: key.int('desc', { min: 0, max: 1 }),
  publishedAt: key.date('desc'),
  _id: key.id('desc', noticeIdSchema),
});

/**
 * The member's notices: `audienceKeys $in` the member's keys, since they joined, pinned first then
 * newest (status, audienceKeys, pinRank, publishedAt index). Keyset-paged on the same order.
 */
export const pageFeed = (keys: string[], since: Date, cursor: string | undefined, limit: number) =>
  readKeysetPage<NoticeDocument>(
    notices(),
    PINNED_THEN_NEWEST,
    { status: _.in(VISIBLE), audienceKeys: _.in(keys), publishedAt: _.gte(since) },
    { cursor, limit, projection: { body: false, history: false, attachments: false } },
  );

/** Live notices addressed to the member since they joined: one indexed count. */
export const countAddressed = async (keys: string[], since: Date): Promise<number> => {
  const { total } = await notices()
    .where({ status: 'published', audienceKeys: _.in(keys), publishedAt: _.gte(since) })
    .count();
  return total ?? 0;
};

/**
 * Counts a first receipt / first confirmation on its notice, in total and under the member's unit
 * (`unitKey`, see receipt-tally.ts): one `_.inc` update.
 */
export const bumpReceiptTally = async (noticeId: string, unitKey: string, counts: { read: boolean; confirmed: boolean }) => {
  const unit: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const key of ['read', 'confirmed'] as const) {
    if (!counts[key]) continue;
    fields[key] = _.inc(1);
    unit[key] = _.inc(1);
  }
  if (Object.keys(fields).length === 0) return;
  await notices()
    .doc(noticeId)
    .update({ tally: { ...fields, units: { [unitKey]: unit } } });
};

const BY_ID = keyset({ _id: key.id('asc', noticeIdSchema) });

/** Notices whose tally anyone reads (published or recalled), by id, with only their tally. */
export const pageTalliedNotices = (cursor: string | undefined, limit: number) =>
  readKeysetPage<Pick<NoticeDocument, '_id' | 'tally'>>(
    notices(),
    BY_ID,
    { status: _.in(VISIBLE) },
    { cursor, limit, projection: { tally: true } },
  );

/**
 * Replaces a drifted tally with the recount, only if its totals are still the ones read before the
 * count: every bump moves a total, so a receipt counted meanwhile makes this match nothing (the
 * next pass recounts) instead of being overwritten.
 */
export const correctReceiptTally = (noticeId: string, seen: ReceiptTally | undefined, recount: ReceiptTally): Promise<boolean> =>
  updateWhere(
    {
      _id: noticeId,
      'tally.read': seen?.read ?? _.exists(false),
      'tally.confirmed': seen?.confirmed ?? _.exists(false),
    },
    { tally: _.set(recount) },
  );

/** Keeps the first audience count stored on the notice; a later concurrent count is dropped. */
export const storeAudienceTally = async (noticeId: string, tally: AudienceTally): Promise<void> => {
  await notices()
    .where({ _id: noticeId, audienceTally: _.exists(false) })
    .update({ audienceTally: tally });
};

/** Every notice, in id order and bounded batches (the stats rebuild). */
export const everyNotice = () => keysetBatches<NoticeDocument>(notices(), keyset({ _id: key.id('asc', noticeIdSchema) }), {});
