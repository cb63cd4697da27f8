import type { noticesContract } from '@core/notices.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { decodeTimeCursor, encodeTimeCursor } from '../feed-cursor';
import { _, notices, type NoticeDocument } from '../notice.repository';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** The author's notices, newest first (authorOpenid, createdAt, _id index). */
export const authored = async ({ params, caller }: ActionInvocation<typeof noticesContract.authored>) => {
  const after = params.cursor ? decodeTimeCursor(params.cursor) : null;
  const mine = { authorOpenid: caller.openid };
  const condition = after ? _.and([mine, _.or([{ createdAt: _.lt(after.at) }, { createdAt: after.at, _id: _.lt(after.id) }])]) : mine;
  const { data } = await notices()
    .where(condition)
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .field({ title: true, status: true, pinned: true, publishAt: true, publishedAt: true, updatedAt: true, createdAt: true })
    .limit(params.limit)
    .get();
  const rows = data as NoticeDocument[];
  const last = rows[rows.length - 1];
  return {
    items: rows.map((row) => ({
      noticeId: row._id,
      title: row.title,
      status: row.status,
      pinned: row.pinned,
      publishAt: iso(row.publishAt),
      publishedAt: iso(row.publishedAt),
      updatedAt: new Date(row.updatedAt).toISOString(),
    })),
    nextCursor: rows.length === params.limit && last ? encodeTimeCursor(new Date(last.createdAt), last._id) : null,
  };
};
