import type { noticesContract } from '@core/notices.contract';
import type { ReceiptMember } from '@core/notice.types';
import type { ActionInvocation } from '../../_lib/define-function';
import { audienceFilter, pageAudience } from '../../_lib/user.repository';
import { loadManagedNotice } from '../manage-access';
import { loadOrgTree } from '../../_lib/org-tree';
import { findReceipts, pageReceipts, receiptIdOf } from '../receipt.repository';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/**
 * `read`: receipts, newest first. `notYet`: the audience in openid order minus receipts, one
 * audience page at a time, so a page may hold fewer than `limit` rows; follow `nextCursor`.
 */
export const receiptList = async ({ params, caller }: ActionInvocation<typeof noticesContract.receiptList>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  if (params.which === 'read') {
    const page = await pageReceipts(notice._id, params.cursor, params.limit);
    return {
      items: page.items.map((row): ReceiptMember => ({
        openid: row.openid,
        name: row.name,
        orgUnitId: row.orgUnitId,
        readAt: iso(row.readAt),
        confirmedAt: iso(row.confirmedAt),
        reply: row.reply,
      })),
      nextCursor: page.nextCursor,
    };
  }
  const members = await pageAudience(
    audienceFilter(notice.audience, await loadOrgTree(), notice.audienceKeys),
    params.cursor,
    params.limit,
  );
  const read = await findReceipts(members.items.map((member) => receiptIdOf(notice._id, member._id)));
  return {
    items: members.items
      .filter((member) => !read.has(receiptIdOf(notice._id, member._id)))
      .map((member): ReceiptMember => ({
        openid: member._id,
        name: member.name,
        orgUnitId: member.orgUnitId,
        readAt: null,
        confirmedAt: null,
        reply: null,
      })),
    nextCursor: members.nextCursor,
  };
};
