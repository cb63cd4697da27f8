import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import type { MyHoursEntry } from '@core/activity.types';
import type { OutOfDateCertificate } from '@core/certificates.contract';
import { momentText } from '@core/date-words';
import { formatHours } from '@core/hours-rounding';
import { ErrorState } from '@/components/error-state';
import { OutOfDateCertificates } from '@/components/out-of-date-certificates';
import { TextDialog } from '@/components/text-dialog';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { memberHours, reverseHours } from '@/services/records';

const sourceLabels = { activity: '活动', booking: '服务预约' } as const;
const reasonProblem = (text: string) => (text.trim().length >= 2 ? null : '请填写撤销原因（至少 2 个字）');

/**
 * 成员详情's 志愿时长: the member's verified entries, each with 撤销时长 (a reason, then a confirmation).
 * A reversal that leaves issued certificates stating other hours shows them, to revoke or re-issue.
 */
export function MemberHours({ openid, name }: { openid: string; name: string }) {
  const load = useCallback(() => memberHours(openid), [openid]);
  const { state, reload } = useEnvelopeLoader(load);
  const [target, setTarget] = useState<MyHoursEntry | null>(null);
  const [sending, setSending] = useState(false);
  const [outOfDate, setOutOfDate] = useState<{ certificates: OutOfDateCertificate[]; reason: string } | null>(null);

  async function reverse(reason: string) {
    if (!target) return;
    const confirmed = await confirmDestructive({
      title: '撤销时长',
      content: `撤销 ${name} 的「${target.title}」${formatHours(target.minutes)}？撤销后不再计入时长、荣誉和证明，并记入审计日志。`,
      confirmText: '确认撤销',
    });
    if (!confirmed) return;
    setSending(true);
    const reply = await reverseHours({ entryId: target.entryId, reason });
    setSending(false);
    if (!reply.ok) return toastMessage(reply.message);
    setTarget(null);
    toastSuccess('已撤销');
    setOutOfDate(reply.data.outOfDateCertificates.length ? { certificates: reply.data.outOfDateCertificates, reason } : null);
    await reload();
  }

  if (state.status === 'loading') return <Skeleton rows={3} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { totalMinutes, entries } = state.data;
  return (
    <View className="member-hours">
      <Text className="admin-page__section">志愿时长 · 已认定 {formatHours(totalMinutes)}</Text>
      {outOfDate && <OutOfDateCertificates certificates={outOfDate.certificates} isAdmin reason={`时长撤销：${outOfDate.reason}`} />}
      {!entries.length && <Text className="admin-page__hint">暂无已认定的志愿时长</Text>}
      {entries.map((entry) => (
        <View key={entry.entryId} className="admin-page__card member-hours__entry">
          <View className="member-hours__head">
            <Text className="member-hours__source">{sourceLabels[entry.source.kind]}</Text>
            <Text className="member-hours__title">{entry.title}</Text>
            <Text className="member-hours__minutes">{formatHours(entry.minutes)}</Text>
          </View>
          <Text className="admin-page__card-line">认定于 {momentText(entry.verifiedAt)}</Text>
          <View className="admin-page__card-actions">
            <Button className="member-hours__reverse" variant="danger" disabled={sending} onClick={() => setTarget(entry)}>
              撤销时长
            </Button>
          </View>
        </View>
      ))}
      {target && (
        <TextDialog
          className="member-hours__dialog"
          title={`撤销「${target.title}」${formatHours(target.minutes)}`}
          placeholder="撤销原因（必填），记入审计日志"
          confirmText="下一步"
          check={reasonProblem}
          sending={sending}
          onConfirm={(reason) => void reverse(reason)}
          onCancel={() => setTarget(null)}
        />
      )}
    </View>
  );
}
