import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { Correction, CorrectionStatus } from '@core/activity.types';
import type { OutOfDateCertificate } from '@core/certificates.contract';
import { formatHours } from '@core/hours-rounding';
import { TextDialog } from '@/components/text-dialog';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { decideCorrection } from '@/services/records';
import { whoami } from '@/services/users';
import { OutOfDateCertificates } from '@/components/out-of-date-certificates';
import { momentText } from '@core/date-words';

const statusLabels: Record<CorrectionStatus, string> = { pending: '待处理', approved: '已通过', rejected: '已驳回' };
const rejectProblem = (text: string) => (text.trim().length >= 2 ? null : '请填写驳回原因');

export interface CorrectionRowsProps {
  corrections: Correction[];
  /** The list spans activities (首页's 补录申请): each row names its activity. */
  showActivity?: boolean;
}

/** 补录申请 rows with 通过 (after a confirmation) and 驳回 (with a reason); a decision replaces its row at once. */
export function CorrectionRows({ corrections, showActivity = false }: CorrectionRowsProps) {
  // Decisions answered by the server replace the loaded rows, so the status shows without a reload.
  const [decided, setDecided] = useState<Record<string, Correction>>({});
  const [rejecting, setRejecting] = useState<Correction | null>(null);
  const [sending, setSending] = useState(false);
  // Per approved correction: the member's certificates the approval left stating other hours.
  const [outOfDate, setOutOfDate] = useState<Record<string, OutOfDateCertificate[]>>({});
  const me = useEnvelopeLoader(whoami);
  const isAdmin = me.state.status === 'ready' && me.state.data.roles.includes('admin');

  async function decide(correction: Correction, approve: boolean, reason = '') {
    setSending(true);
    const reply = await decideCorrection({ correctionId: correction.correctionId, approve, reason });
    setSending(false);
    if (!reply.ok) return void toastMessage(reply.message);
    setDecided((previous) => ({ ...previous, [correction.correctionId]: reply.data.correction }));
    const { outOfDateCertificates } = reply.data;
    if (outOfDateCertificates.length) setOutOfDate((previous) => ({ ...previous, [correction.correctionId]: outOfDateCertificates }));
    setRejecting(null);
    toastSuccess(approve ? '已通过' : '已驳回');
  }

  async function approve(correction: Correction) {
    const confirmed = await confirmDestructive({
      title: '通过补录申请',
      content: `将 ${correction.name} 的签退时间记为 ${momentText(correction.requestedCheckoutAt)}，并按活动规则重新计算时长。`,
      confirmText: '通过',
    });
    if (confirmed) await decide(correction, true);
  }

  const rows = corrections.map((correction) => decided[correction.correctionId] ?? correction);
  return (
    <View className="corrections-panel">
      {rows.map((correction) => (
        <View key={correction.correctionId} className={`activity-admin__card correction-row correction-row--${correction.status}`}>
          <View className="activity-admin__card-header">
            <Text className="activity-admin__card-title">
              {showActivity ? `${correction.activityTitle} · ${correction.name}` : correction.name}
            </Text>
            <Text className="activity-admin__tag correction-row__status">{statusLabels[correction.status]}</Text>
          </View>
          <Text className="activity-admin__line">
            签到 {correction.checkedInAt ? momentText(correction.checkedInAt) : '—'}，申请签退 {momentText(correction.requestedCheckoutAt)}
          </Text>
          <Text className="activity-admin__line">原因：{correction.reason}</Text>
          {correction.status === 'approved' && correction.minutes !== null && (
            <Text className="activity-admin__line">已计 {formatHours(correction.minutes)}</Text>
          )}
          {outOfDate[correction.correctionId] && (
            <OutOfDateCertificates certificates={outOfDate[correction.correctionId]} isAdmin={isAdmin} />
          )}
          {correction.status === 'rejected' && correction.decisionReason && (
            <Text className="activity-admin__line">驳回原因：{correction.decisionReason}</Text>
          )}
          {correction.status === 'pending' && (
            <View className="activity-admin__actions">
              <Button className="correction-row__reject" variant="danger" disabled={sending} onClick={() => setRejecting(correction)}>
                驳回
              </Button>
              <Button
                className="correction-row__approve"
                variant="primary"
                block={false}
                disabled={sending}
                onClick={() => void approve(correction)}
              >
                通过
              </Button>
            </View>
          )}
        </View>
      ))}
      {rejecting && (
        <TextDialog
          className="correction-reject-dialog"
          title={`驳回 ${rejecting.name} 的补录申请`}
          placeholder="请填写驳回原因，申请人可以看到"
          confirmText="确认驳回"
          check={rejectProblem}
          sending={sending}
          onConfirm={(reason) => void decide(rejecting, false, reason)}
          onCancel={() => setRejecting(null)}
        />
      )}
    </View>
  );
}
