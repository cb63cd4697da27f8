import type { noticesContract } from '@core/notices.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { pageAuthored } from '../notice.repository';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** The author's notices, newest first (authorOpenid, createdAt, _id index). */
export const authored = async ({ params, caller }: ActionInvocation<typeof noticesContract.authored>) => {
  const page = await pageAuthored(caller.openid, params.cursor, params.limit);
  return {
    items: page.items.map((row) => ({
      noticeId: row._id,
      title: row.title,
      status: row.status,
      pinned: row.pinned,
      publishAt: iso(row.publishAt),
      publishedAt: iso(row.publishedAt),
      updatedAt: new Date(row.updatedAt).toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
};
