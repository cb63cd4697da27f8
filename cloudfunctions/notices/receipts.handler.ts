import type { noticesContract } from '@core/notices.contract';
import type { ReceiptMember } from '@core/notice.types';
import type { ActionInvocation } from '../_lib/define-function';
import { audienceByOrgUnit, audienceFilter, countAudience, pageAudienceMembers } from './audience-members.repository';
import { decodeTimeCursor, encodeTimeCursor } from './feed-cursor';
import { loadManagedNotice } from './manage-access';
import { loadOrgTree } from './org-tree.repository';
import { countNoticeReceipts, findReceipts, pageReceipts, receiptIdOf, receiptsByOrgUnit } from './receipt.repository';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/**
 * Counts from indexed counts and two grouped aggregates (audience per unit, receipts per unit);
 * `notYet` = audience − read, so a reader who left the audience does not make it negative.
 */
export const receipts = async ({ params, caller }: ActionInvocation<typeof noticesContract.receipts>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  const tree = await loadOrgTree();
  const filter = audienceFilter(notice.audience, tree);
  const [audience, read, confirmed, audienceUnits, receiptUnits] = await Promise.all([
    countAudience(filter),
    countNoticeReceipts(notice._id, false),
    countNoticeReceipts(notice._id, true),
    audienceByOrgUnit(filter),
    receiptsByOrgUnit(notice._id),
  ]);
  const units = new Map<string | null, { audience: number; read: number; confirmed: number }>();
  const unitOf = (id: string | null) => units.get(id) ?? units.set(id, { audience: 0, read: 0, confirmed: 0 }).get(id)!;
  for (const [id, n] of audienceUnits) unitOf(id).audience += n;
  for (const row of receiptUnits) {
    unitOf(row.orgUnitId).read += row.n;
    if (row.confirmed) unitOf(row.orgUnitId).confirmed += row.n;
  }
  return {
    audience,
    read,
    confirmed,
    notYet: Math.max(0, audience - read),
    byOrgUnit: [...units].map(([orgUnitId, counts]) => ({ orgUnitId, name: tree.nameOf(orgUnitId), ...counts })),
    lastRemindedAt: notice.lastRemindedAt.getTime() > 0 ? new Date(notice.lastRemindedAt).toISOString() : null,
  };
};

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
