import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro from '@tarojs/taro';
import type { ApplicationForReview } from '@core/certificates.contract';
import { formatHours } from '@core/hours-rounding';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { TextDialog } from '@/components/text-dialog';
import { routes } from '@/navigation/routes';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { declineCertificateApplication, issueCertificate, pendingCertificateApplications } from '@/services/certificates';
import emptyImage from '@/assets/empty/activities.svg';
import { AdminGate } from '../shared/admin-gate';
import { IssuedCertificates } from './issued-list';
import '../shared/admin-page.scss';
import './index.scss';

const loadPending = () => pendingCertificateApplications();

type Tab = 'pending' | 'issued';
const tabs: { tab: Tab; label: string }[] = [
  { tab: 'pending', label: '待审核' },
  { tab: 'issued', label: '已出具' },
];

/**
 * 证明审核: applications for 志愿服务记录证明, each with the verified entries it would list (出具
 * or 不通过 with a reason), and on 已出具 every issued certificate (撤销, 重新出具).
 */
export default function CertificateReviewPage() {
  const [tab, setTab] = useState<Tab>('pending');
  return (
    <AdminGate>
      <View className="admin-page certificate-review">
        <View className="admin-page__segments">
          {tabs.map((one) => (
            <Text
              key={one.tab}
              className={`admin-page__segment certificate-review__tab--${one.tab} ${one.tab === tab ? 'admin-page__segment--active' : ''}`}
              onClick={() => setTab(one.tab)}
            >
              {one.label}
            </Text>
          ))}
        </View>
        {tab === 'pending' ? <CertificateQueue /> : <IssuedCertificates />}
      </View>
    </AdminGate>
  );
}

function CertificateQueue() {
  const { state, reload } = useEnvelopeLoader(loadPending);
  usePullDownRefreshAction(reload);
  const [busy, setBusy] = useState<string | null>(null);
  const [declining, setDeclining] = useState<ApplicationForReview | null>(null);

  async function issue(application: ApplicationForReview) {
    setBusy(application.applicationId);
    const reply = await issueCertificate(application.applicationId);
    setBusy(null);
    void Taro.showToast({ title: reply.ok ? `已出具 ${reply.data.certificate.certificateNo}` : reply.message, icon: 'none' });
    void reload();
  }

  async function decline(reason: string) {
    if (!declining) return;
    setBusy(declining.applicationId);
    const reply = await declineCertificateApplication(declining.applicationId, reason);
    setBusy(null);
    setDeclining(null);
    if (!reply.ok) void Taro.showToast({ title: reply.message, icon: 'none' });
    void reload();
  }

  if (state.status === 'loading') return null;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { applications } = state.data;
  return (
    <>
      <View className="certificate-review__settings" onClick={() => void Taro.navigateTo({ url: routes.adminCertificateIssuer })}>
        <Text>出具单位、负责人与印章</Text>
        <Text className="certificate-review__settings-go">设置 ›</Text>
      </View>
      {applications.length === 0 && (
        <EmptyState image={emptyImage} title="没有待审核的证明申请" hint="成员在 我的 › 志愿服务证明 提交申请后会出现在这里" />
      )}
      {applications.map((application) => (
        <View key={application.applicationId} className="certificate-review__card">
          <Text className="certificate-review__who">
            {application.name}
            {application.memberNo ? `（${application.memberNo}）` : ''} · {application.period.label}
          </Text>
          {application.status === 'issuing' && (
            <Text className="certificate-review__interrupted">上次出具未完成，继续出具会沿用已分配的证明编号</Text>
          )}
          {application.lines.map((line, index) => (
            <View key={`${line.day}-${index}`} className="certificate-review__line">
              <Text className="certificate-review__day">{line.day}</Text>
              <Text className="certificate-review__content">{line.content}</Text>
              <Text>{formatHours(line.minutes)}</Text>
            </View>
          ))}
          <Text className="certificate-review__total">合计 {formatHours(application.totalMinutes)}</Text>
          <View className="certificate-review__actions">
            <Button
              className="certificate-review__issue"
              variant="primary"
              block={false}
              busy={busy === application.applicationId}
              onClick={() => void issue(application)}
            >
              {application.status === 'issuing' ? '继续出具' : '出具'}
            </Button>
            {application.status === 'pending' && (
              <Button className="certificate-review__decline" variant="danger" onClick={() => setDeclining(application)}>
                不通过
              </Button>
            )}
          </View>
        </View>
      ))}
      {declining && (
        <TextDialog
          title="不通过的原因"
          placeholder="例如：时长有误，请先申请补录"
          confirmText="确定"
          check={(text) => (text.trim().length < 2 ? '请填写原因（至少 2 个字）' : null)}
          onConfirm={(text) => void decline(text)}
          onCancel={() => setDeclining(null)}
          sending={busy === declining.applicationId}
        />
      )}
    </>
  );
}
