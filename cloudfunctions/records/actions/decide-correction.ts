import { formatHours } from '@core/hours-rounding';
import type { RecordsContract } from '@core/records.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { notifyAfterCommit } from '../../_lib/notify/notify';
import { outOfDateCertificatesOf } from '../../certificates/certificate-coverage';
import { requireOrganisedActivity } from '../activity-access';
import { findCorrection } from '../correction.repository';
import { decideCorrectionDocument } from '../correction-decision.repository';
import { toCorrection } from '../correction.view';

/**
 * An organiser of the request's activity approves (hours credited once) or rejects it; the student
 * is told. An approval answers the student's certificates it made out of date, for the organiser
 * to see and the committee to revoke and re-issue.
 */
export const decideCorrection = async ({ params, caller }: ActionInvocation<RecordsContract['decideCorrection']>) => {
  const request = await findCorrection(params.correctionId);
  if (!request) throw new ActionError('NOT_FOUND', '补录申请不存在');
  const activity = await requireOrganisedActivity(caller, request.activityId);
  const organiser = await caller.user();
  const decided = await decideCorrectionDocument({
    activity,
    correctionId: request._id,
    approve: params.approve,
    reason: params.reason,
    by: { openid: caller.openid, name: organiser?.name ?? '' },
    now: new Date(),
  });
  await notifyAfterCommit(
    decided.openid,
    'correctionDecided',
    {
      activity: decided.activityTitle,
      result: decided.status === 'approved' ? '已通过' : '未通过',
      detail: decided.status === 'approved' ? `计入 ${formatHours(decided.minutes ?? 0)}` : decided.decisionReason || '请联系活动组织者',
    },
    { key: decided._id },
  );
  const outOfDateCertificates = decided.status === 'approved' ? await outOfDateCertificatesOf(decided.openid) : [];
  return { correction: toCorrection(decided), outOfDateCertificates };
};
