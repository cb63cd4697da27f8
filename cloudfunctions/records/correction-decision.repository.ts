import { creditedMinutes } from '@core/hours-rounding';
import { ActionError } from '../_lib/action-error';
import type { ActivityDocument } from '../_lib/activity.repository';
import { closeByCorrectionIn, readAttendanceIn } from '../_lib/attendance.repository';
import { appendAuditIn } from '../_lib/activity-audit.repository';
import { creditInTransaction } from '../_lib/hours/hours-ledger.repository';
import { inTransaction, type TransactionScope } from '../_lib/transaction.repository';
import { readCorrectionIn, saveDecisionIn, type CorrectionDocument } from './correction.repository';

export interface CorrectionDecision {
  activity: ActivityDocument;
  correctionId: string;
  approve: boolean;
  reason: string;
  by: { openid: string; name: string };
  now: Date;
}

/** On approval: the auto-closed attendance gets the requested check-out and its minutes, credited once. */
const applyApproval = async (tx: TransactionScope, input: CorrectionDecision, correction: CorrectionDocument): Promise<number> => {
  const { activity, now } = input;
  const record = await readAttendanceIn(tx, correction._id);
  if (!record?.checkedInAt || record.closedBy !== 'auto' || record.checkedOutAt !== null) throw new ActionError('CORRECTION_NOT_ALLOWED');
  const checkedOutAt = new Date(correction.requestedCheckoutAt);
  const minutes = creditedMinutes(
    activity.hoursRule,
    { from: new Date(record.checkedInAt), to: checkedOutAt },
    { startAt: new Date(activity.startAt), endAt: new Date(activity.endAt) },
  );
  await closeByCorrectionIn(tx, record._id, { checkedOutAt, minutes, now });
  if (minutes > 0) {
    await creditInTransaction(
      tx,
      { kind: 'activity', id: activity._id },
      { openid: record.openid, minutes },
      { verifiedBy: input.by.openid, verifiedAt: now, teamId: activity.teamId, title: activity.title },
    );
  }
  return minutes;
};

/**
 * Decides a pending correction in one transaction: the request, (on approval) the attendance and
 * the ledger entry, and the audit entry. Two organisers deciding at once both write the request:
 * the second conflicts, retries, finds it decided and is refused, so hours change exactly once.
 */
export const decideCorrectionDocument = (input: CorrectionDecision): Promise<CorrectionDocument> =>
  inTransaction(async (tx) => {
    const correction = await readCorrectionIn(tx, input.correctionId);
    if (!correction) throw new ActionError('NOT_FOUND', '补录申请不存在');
    if (correction.status !== 'pending') throw new ActionError('APPLICATION_CLOSED', '该补录申请已处理，无需重复操作');
    const minutes = input.approve ? await applyApproval(tx, input, correction) : null;
    const decided: CorrectionDocument = {
      ...correction,
      status: input.approve ? 'approved' : 'rejected',
      decidedBy: input.by.openid,
      decidedAt: input.now,
      decisionReason: input.reason || null,
      minutes,
      updatedAt: input.now,
    };
    await saveDecisionIn(tx, decided);
    await appendAuditIn(tx, {
      activityId: correction.activityId,
      action: input.approve ? 'correction_approved' : 'correction_rejected',
      targetOpenid: correction.openid,
      targetName: correction.name,
      byOpenid: input.by.openid,
      byName: input.by.name,
      reason: input.reason || '同意补录',
      at: input.now,
    });
    return decided;
  });
