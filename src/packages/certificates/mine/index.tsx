import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { CertificatePeriod } from '@core/certificate';
import type { ApplicationStatus } from '@core/certificates.contract';
import { formatHours } from '@core/hours-rounding';
import { shanghaiDay } from '@core/shanghai-time';
import { ChoiceChips } from '@/components/choice-chips';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { applyForCertificate, myCertificates } from '@/services/certificates';
import { CertificateFiles } from '../shared/certificate-files';
import '../shared/certificates-page.scss';
import './index.scss';

const statusLabels: Record<ApplicationStatus, string> = { pending: '待审核', issuing: '出具中', issued: '已出具', declined: '未通过' };
const loadMine = () => myCertificates();
const thisYear = Number(shanghaiDay(new Date()).slice(0, 4));
const PERIODS = {
  all: { kind: 'all' },
  thisYear: { kind: 'year', year: thisYear },
  lastYear: { kind: 'year', year: thisYear - 1 },
} as const;
type PeriodChoice = keyof typeof PERIODS;

/** 我的 › 志愿服务证明: apply for one's own certificate over a period; see applications and certificates. */
export default function MyCertificatesPage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadMine);
  usePullDownRefreshAction(reload);
  const [choice, setChoice] = useState<PeriodChoice>('all');
  const [applying, setApplying] = useState(false);

  async function apply() {
    setApplying(true);
    const reply = await applyForCertificate(PERIODS[choice] as CertificatePeriod);
    setApplying(false);
    if (!reply.ok) return void Taro.showToast({ title: reply.message, icon: 'none' });
    void Taro.showToast({ title: '已提交，等待团委审核', icon: 'none' });
    void reload();
  }

  if (state.status === 'loading')
    return (
      <View className="certificates-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { applications, certificates } = state.data;
  return (
    <View className="certificates-page my-certificates">
      <View className="certificates-page__card">
        <Text className="certificates-page__card-title">申请证明</Text>
        <Text className="certificates-page__line">证明列出所选时段内经核验的每一项志愿服务及合计时长，由团委审核后出具</Text>
        <ChoiceChips
          choices={[
            { value: 'all', label: '全部记录' },
            { value: 'thisYear', label: `${thisYear}年度` },
            { value: 'lastYear', label: `${thisYear - 1}年度` },
          ]}
          value={choice}
          onChange={setChoice}
        />
        <Button className="my-certificates__apply" variant="primary" busy={applying} onClick={() => void apply()}>
          提交申请
        </Button>
      </View>
      {certificates.map((certificate) => (
        <View
          key={certificate.certificateNo}
          className={`certificates-page__card my-certificates__certificate my-certificates__certificate--${certificate.status}`}
        >
          <Text className="certificates-page__card-title">
            {certificate.certificateNo} · {certificate.status === 'valid' ? '有效' : '已撤销'}
          </Text>
          <Text className="certificates-page__line">
            {certificate.facts.period.label} · 合计 {formatHours(certificate.facts.totalMinutes)} · 出具于 {certificate.facts.issuedOn}
          </Text>
          {certificate.revokedReason && <Text className="certificates-page__line">撤销原因：{certificate.revokedReason}</Text>}
          <CertificateFiles certificate={certificate} />
          <Text
            className="my-certificates__verify"
            onClick={() =>
              Taro.navigateTo({
                url: `${routes.certificateVerify}?no=${encodeURIComponent(certificate.certificateNo)}&sig=${certificate.signature}`,
              })
            }
          >
            查验页
          </Text>
        </View>
      ))}
      {applications
        .filter((application) => application.status !== 'issued')
        .map((application) => (
          <View key={application.applicationId} className="certificates-page__card">
            <Text className="certificates-page__card-title">
              {application.period.label} · {statusLabels[application.status]}
            </Text>
            <Text className="certificates-page__line">申请于 {shanghaiDay(new Date(application.appliedAt))}</Text>
            {application.declineReason && <Text className="certificates-page__line">原因：{application.declineReason}</Text>}
          </View>
        ))}
    </View>
  );
}
