import { useCallback, useEffect, useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { Verification } from '@core/certificates.contract';
import { formatHours } from '@core/hours-rounding';
import { verifyCertificate } from '@/services/certificates';
import '../shared/certificates-page.scss';
import './index.scss';

type Check = { status: 'idle' } | { status: 'checking' } | { status: 'done'; result: Verification } | { status: 'failed'; message: string };

const verdicts = {
  valid: { label: '有效', hint: '该证明由出具单位签发，内容未被改动' },
  revoked: { label: '已撤销', hint: '该证明已被出具单位撤销，不再具有证明效力' },
  unknown: { label: '无法核实', hint: '编号不存在或内容与签发时不一致，该证明不是真实有效的' },
} as const;

/**
 * Public: anyone who scans a certificate's QR (or types its number) sees whether it is genuine,
 * without signing in. It shows only what the certificate's signature covers: the volunteer masked.
 */
export default function VerifyCertificatePage() {
  const { params } = useRouter();
  const [certificateNo, setCertificateNo] = useState(decodeURIComponent(params.no ?? ''));
  const [check, setCheck] = useState<Check>({ status: 'idle' });

  const run = useCallback(async (no: string, signature?: string) => {
    if (!no.trim()) return;
    setCheck({ status: 'checking' });
    const reply = await verifyCertificate(no.trim(), signature);
    setCheck(reply.ok ? { status: 'done', result: reply.data } : { status: 'failed', message: reply.message });
  }, []);

  useEffect(() => {
    if (params.no) void run(decodeURIComponent(params.no), params.sig ? decodeURIComponent(params.sig) : undefined);
  }, [params.no, params.sig, run]);

  return (
    <View className="certificates-page certificate-verify">
      <View className="certificates-page__card">
        <Text className="certificates-page__card-title">证明编号</Text>
        <Input
          className="certificate-verify__input"
          value={certificateNo}
          maxlength={40}
          placeholder="例如 SFQC-2026-00001"
          onInput={(e) => setCertificateNo(e.detail.value)}
          onConfirm={() => void run(certificateNo)}
        />
        <Button className="certificate-verify__submit" loading={check.status === 'checking'} onClick={() => void run(certificateNo)}>
          查验
        </Button>
      </View>
      {check.status === 'failed' && <Text className="certificates-page__line">{check.message}</Text>}
      {check.status === 'done' && <VerificationView result={check.result} />}
    </View>
  );
}

function VerificationView({ result }: { result: Verification }) {
  const verdict = verdicts[result.status];
  const facts = result.facts;
  return (
    <>
      <View className={`certificates-page__card certificate-verify__verdict certificate-verify__verdict--${result.status}`}>
        <Text className="certificate-verify__verdict-label">{verdict.label}</Text>
        <Text className="certificates-page__line">{verdict.hint}</Text>
        {result.revokedReason && (
          <Text className="certificates-page__line">
            撤销原因：{result.revokedReason}（{result.revokedOn}）
          </Text>
        )}
      </View>
      {facts && (
        <View className="certificates-page__card">
          <Text className="certificates-page__card-title">证明内容</Text>
          <Text className="certificates-page__line">编号：{facts.certificateNo}</Text>
          <Text className="certificates-page__line">
            志愿者：{facts.volunteer.maskedName}
            {facts.volunteer.maskedMemberNo ? `（${facts.volunteer.maskedMemberNo}）` : ''}
          </Text>
          <Text className="certificates-page__line">服务时段：{facts.period.label}</Text>
          <Text className="certificates-page__line">出具日期：{facts.issuedOn}</Text>
          <Text className="certificates-page__line">出具单位：{facts.issuer.organisation}</Text>
          <Text className="certificates-page__line">
            负责人：{facts.issuer.personInCharge} · 经办人：{facts.issuer.handlingOfficer} · 联系方式：{facts.issuer.contact}
          </Text>
          {facts.lines.map((line, index) => (
            <View key={`${line.day}-${index}`} className="certificate-verify__line">
              <Text className="certificate-verify__day">{line.day}</Text>
              <Text className="certificate-verify__content">{line.content}</Text>
              <Text className="certificate-verify__minutes">{formatHours(line.minutes)}</Text>
            </View>
          ))}
          <View className="certificate-verify__line certificate-verify__total">
            <Text className="certificate-verify__content">合计</Text>
            <Text className="certificate-verify__minutes">{formatHours(facts.totalMinutes)}</Text>
          </View>
        </View>
      )}
    </>
  );
}
