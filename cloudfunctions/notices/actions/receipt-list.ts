import type { noticesContract } from '@core/notices.contract';
import type { ReceiptMember } from '@core/notice.types';
import type { ActionInvocation } from '../../_lib/define-function';
import { audienceFilter, pageAudienceMembers } from '../audience-members.repository';
import { decodeTimeCursor, encodeTimeCursor } from '../feed-cursor';
import { loadManagedNotice } from '../manage-access';
import { loadOrgTree } from '../../_lib/org-tree.repository';
import { findReceipts, pageReceipts, receiptIdOf } from '../receipt.repository';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/**
 * `read`: receipts, newest first. `notYet`: the audience in openid order minus receipts, one
 * audience page at a time, so a page may hold fewer than `limit` rows; follow `nextCursor`.
 */
export const receiptList = async ({ params, caller }: ActionInvocation<typeof noticesContract.receiptList>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  if (params.which === 'read') {
    const rows = await pageReceipts(notice._id, params.cursor ? decodeTimeCursor(params.cursor) : null, params.limit);
    const last = rows[rows.length - 1];
    return {
      items: rows.map((row): ReceiptMember => ({
        openid: row.openid,
        name: row.name,
        orgUnitId: row.orgUnitId,
        readAt: iso(row.readAt),
        confirmedAt: iso(row.confirmedAt),
        reply: row.reply,
      })),
      nextCursor: rows.length === params.limit && last ? encodeTimeCursor(new Date(last.readAt), last._id) : null,
    };
  }
  const after = params.cursor ? Buffer.from(params.cursor, 'base64url').toString('utf8') : '';
  const members = await pageAudienceMembers(audienceFilter(notice.audience, await loadOrgTree()), after, params.limit);
  const read = await findReceipts(members.map((member) => receiptIdOf(notice._id, member._id)));
  const last = members[members.length - 1];
  return {
    items: members
      .filter((member) => !read.has(receiptIdOf(notice._id, member._id)))
      .map((member): ReceiptMember => ({
        openid: member._id,
        name: member.name,
        orgUnitId: member.orgUnitId,
        readAt: null,
        confirmedAt: null,
        reply: null,
      })),
    nextCursor: members.length === params.limit && last ? Buffer.from(last._id).toString('base64url') : null,
  };
};
