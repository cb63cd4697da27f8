import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import type { IssuedCertificateRow } from '@core/certificates.contract';
import { formatHours } from '@core/hours-rounding';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { TextDialog } from '@/components/text-dialog';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { issuedCertificates, reissueCertificate, revokeCertificate } from '@/services/certificates';
import emptyImage from '@/assets/empty/feed.svg';

type Step = { kind: 'revoke' | 'reissue'; certificate: IssuedCertificateRow };

const reasonProblem = (text: string) => (text.trim().length >= 2 ? null : '请填写原因（至少 2 个字）');
const loadPage = (cursor?: string) => issuedCertificates({ limit: 20, cursor });

/**
 * 已出具: every certificate the committee issued, newest first. A valid one can be revoked
 * (reason, then a confirmation: the verify page says 已撤销 at once) or revoked and re-issued
 * over the same period from today's verified entries.
 */
export function IssuedCertificates() {
  const { state, refresh, loadMore } = useCursorList(loadPage);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());
  const [step, setStep] = useState<Step | null>(null);
  const [sending, setSending] = useState(false);

  const act = useCallback(
    async (reason: string) => {
      if (!step) return;
      const { kind, certificate } = step;
      // The reason dialog closes first: the native confirmation is drawn over the page, not over it.
      setStep(null);
      const confirmed = await confirmDestructive(
        kind === 'revoke'
          ? { title: '撤销证明', content: `撤销后 ${certificate.certificateNo} 在查验页立即显示已撤销，不能恢复。`, confirmText: '撤销' }
          : {
              title: '重新出具',
              content: `${certificate.certificateNo} 将被撤销，并按${certificate.name}现有的服务记录出具新证明（新编号）。`,
              confirmText: '重新出具',
            },
      );
      if (!confirmed) return;
      setSending(true);
      const reply =
        kind === 'revoke'
          ? await revokeCertificate(certificate.certificateNo, reason)
          : await reissueCertificate(certificate.certificateNo, reason);
      setSending(false);
      if (!reply.ok) return void toastMessage(reply.message);
      toastSuccess(kind === 'revoke' ? '已撤销' : `已重新出具 ${reply.data.certificate.certificateNo}`);
      void refresh();
    },
    [step, refresh],
  );

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={refresh} />;
  if (!state.items.length) {
    return <EmptyState image={emptyImage} title="还没有出具过证明" hint="在 待审核 中出具的志愿服务记录证明会列在这里" />;
  }
  return (
    <>
      {state.items.map((certificate) => (
        <View key={certificate.certificateNo} className="admin-page__card issued-certificate">
          <View className="issued-certificate__head">
            <Text className="issued-certificate__number">{certificate.certificateNo}</Text>
            <Text className={`issued-certificate__status issued-certificate__status--${certificate.status}`}>
              {certificate.status === 'valid' ? '有效' : '已撤销'}
            </Text>
          </View>
          <Text className="issued-certificate__who">
            {certificate.name}
            {certificate.memberNo ? `（${certificate.memberNo}）` : ''}
          </Text>
          <Text className="admin-page__card-line">
            {certificate.periodLabel} · 合计 {formatHours(certificate.totalMinutes)} · {certificate.issuedOn} 出具
          </Text>
          {certificate.revokedReason && <Text className="admin-page__card-line">撤销原因：{certificate.revokedReason}</Text>}
          {certificate.status === 'valid' && (
            <View className="admin-page__card-actions">
              <Button
                className="issued-certificate__revoke"
                variant="danger"
                disabled={sending}
                onClick={() => setStep({ kind: 'revoke', certificate })}
              >
                撤销
              </Button>
              <Button
                className="issued-certificate__reissue"
                variant="primary"
                block={false}
                disabled={sending}
                onClick={() => setStep({ kind: 'reissue', certificate })}
              >
                重新出具
              </Button>
            </View>
          )}
        </View>
      ))}
      <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
      {step && (
        <TextDialog
          className="issued-certificate__dialog"
          title={step.kind === 'revoke' ? `撤销证明 ${step.certificate.certificateNo}` : `重新出具 ${step.certificate.certificateNo}`}
          placeholder={step.kind === 'revoke' ? '撤销原因，查验页会显示' : '撤销原证明的原因，查验页会显示；新证明按现有记录出具、编号不同'}
          confirmText="下一步"
          check={reasonProblem}
          sending={sending}
          onConfirm={(reason) => void act(reason)}
          onCancel={() => setStep(null)}
        />
      )}
    </>
  );
}
