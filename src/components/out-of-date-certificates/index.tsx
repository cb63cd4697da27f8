import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { OutOfDateCertificate } from '@core/certificates.contract';
import { formatHours } from '@core/hours-rounding';
import { TextDialog } from '@/components/text-dialog';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { reissueCertificate, revokeCertificate } from '@/services/certificates';
import './index.scss';

type Step = { kind: 'revoke' | 'reissue'; certificate: OutOfDateCertificate };
const reasonProblem = (text: string) => (text.trim().length >= 2 ? null : '请填写原因（至少 2 个字）');

/**
 * After a correction is approved or hours are reversed: the member's certificates that now state
 * other hours. Admins revoke one, or revoke and re-issue it over the same period; a leader is told
 * to ask the committee.
 */
export function OutOfDateCertificates({
  certificates,
  isAdmin,
  reason = '补录通过后时长更正',
}: {
  certificates: OutOfDateCertificate[];
  isAdmin: boolean;
  /** The reason the dialog suggests. @default 补录通过后时长更正 */
  reason?: string;
}) {
  const [step, setStep] = useState<Step | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<Record<string, string>>({});

  async function act(reason: string) {
    if (!step) return;
    setSending(true);
    const { certificateNo } = step.certificate;
    const reply = step.kind === 'revoke' ? await revokeCertificate(certificateNo, reason) : await reissueCertificate(certificateNo, reason);
    setSending(false);
    if (!reply.ok) return void toastMessage(reply.message);
    setStep(null);
    const outcome = 'revoked' in reply.data ? `已撤销，重新出具为 ${reply.data.certificate.certificateNo}` : '已撤销';
    setDone((previous) => ({ ...previous, [certificateNo]: outcome }));
    toastSuccess(step.kind === 'revoke' ? '已撤销' : '已重新出具');
  }

  return (
    <View className="out-of-date">
      <Text className="out-of-date__title">该成员已出具的证明与服务记录不符</Text>
      {certificates.map((certificate) => (
        <View key={certificate.certificateNo} className="out-of-date__row">
          <Text className="out-of-date__number">
            {certificate.certificateNo} · {certificate.periodLabel}
          </Text>
          <Text className="out-of-date__hours">
            证明记载 {formatHours(certificate.certifiedMinutes)}，现为 {formatHours(certificate.currentMinutes)}
          </Text>
          {done[certificate.certificateNo] ? (
            <Text className="out-of-date__done">{done[certificate.certificateNo]}</Text>
          ) : isAdmin ? (
            <View className="out-of-date__actions">
              <Button className="out-of-date__revoke" variant="danger" onClick={() => setStep({ kind: 'revoke', certificate })}>
                撤销证明
              </Button>
              <Button
                className="out-of-date__reissue"
                variant="primary"
                block={false}
                onClick={() => setStep({ kind: 'reissue', certificate })}
              >
                重新出具
              </Button>
            </View>
          ) : (
            <Text className="out-of-date__hint">请联系团委撤销并重新出具</Text>
          )}
        </View>
      ))}
      {step && (
        <TextDialog
          className="out-of-date__dialog"
          title={step.kind === 'revoke' ? `撤销证明 ${step.certificate.certificateNo}` : `重新出具 ${step.certificate.certificateNo}`}
          placeholder={step.kind === 'revoke' ? '撤销原因，核验页会显示' : '撤销原证明的原因，核验页会显示；新证明按现有记录出具、编号不同'}
          confirmText={step.kind === 'revoke' ? '确认撤销' : '撤销并重新出具'}
          initial={reason}
          check={reasonProblem}
          sending={sending}
          onConfirm={(reason) => void act(reason)}
          onCancel={() => setStep(null)}
        />
      )}
    </View>
  );
}
