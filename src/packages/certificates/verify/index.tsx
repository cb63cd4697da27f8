import { useCallback, useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { useRouter } from '@tarojs/taro';
import type { CertificateFacts } from '@core/certificate';
import type { PublicKey, Verification } from '@core/certificates.contract';
import { judgeVerification, VERDICT_LABELS, type Verdict } from '@core/certificate-verification';
import { formatHours } from '@core/hours-rounding';
import { certificatePublicKey, verifyCertificate } from '@/services/certificates';
import '../shared/certificates-page.scss';
import './index.scss';

type Check =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; verdict: Verdict; result: Verification }
  | { status: 'failed'; message: string };

const hints: Record<Verdict, string> = {
  valid: '签名已在本机核对：该证明由出具单位签发，内容未被改动',
  revoked: '该证明已被出具单位撤销，不再具有证明效力',
  not_found: '没有这个编号的证明，请核对编号',
  not_genuine: '证明内容或二维码与出具单位的签名不符，可能被改动过',
};

/** The published key, fetched once per launch: every check after the first is one call. */
let publishedKey: Promise<PublicKey | null> | null = null;
const publicKey = () => {
  publishedKey ??= certificatePublicKey().then((reply) => (reply.ok ? reply.data : null));
  return publishedKey.then((key) => {
    if (!key) publishedKey = null;
    return key;
  });
};

/**
 * Public: anyone who scans a certificate's QR (or types its number) sees whether it is genuine,
 * without signing in. The page checks the Ed25519 signature over the facts itself against the
 * published key (core/certificate-verification.ts), the QR's signature too, and shows only what
 * the signature covers: the volunteer masked, no ID number.
 */
export default function VerifyCertificatePage() {
  const { params } = useRouter();
  const [certificateNo, setCertificateNo] = useState(decodeURIComponent(params.no ?? ''));
  const [check, setCheck] = useState<Check>({ status: 'idle' });

  const run = useCallback(async (typed: string, qrSignature?: string) => {
    const no = typed.trim().toUpperCase();
    if (!no) return;
    setCheck({ status: 'checking' });
    // The function is asked for the number only; the page checks the QR's signature itself, so a
    // forged one reads "not genuine", not "no such number".
    const [key, reply] = await Promise.all([publicKey(), verifyCertificate(no)]);
    if (!reply.ok) return setCheck({ status: 'failed', message: reply.message });
    if (!key) return setCheck({ status: 'failed', message: '暂时无法获取出具单位的公钥，请稍后再试' });
    setCheck({ status: 'done', verdict: judgeVerification(no, reply.data, key, qrSignature), result: reply.data });
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
        <Button
          className="certificate-verify__submit"
          variant="primary"
          busy={check.status === 'checking'}
          onClick={() => void run(certificateNo)}
        >
          查验
        </Button>
      </View>
      {check.status === 'failed' && <Text className="certificates-page__line">{check.message}</Text>}
      {check.status === 'done' && <VerificationView verdict={check.verdict} result={check.result} />}
    </View>
  );
}

function VerificationView({ verdict, result }: { verdict: Verdict; result: Verification }) {
  const genuine = verdict === 'valid' || verdict === 'revoked';
  return (
    <>
      <View className={`certificates-page__card certificate-verify__verdict certificate-verify__verdict--${verdict.replace('_', '-')}`}>
        <Text className="certificate-verify__verdict-label">{VERDICT_LABELS[verdict]}</Text>
        <Text className="certificates-page__line">{hints[verdict]}</Text>
        {verdict === 'revoked' && result.revokedReason && (
          <Text className="certificate-verify__revoked">
            撤销原因：{result.revokedReason}
            {result.revokedOn ? `（${result.revokedOn}）` : ''}
          </Text>
        )}
      </View>
      {/* Facts whose signature failed are not shown: they are not what the issuer stated. */}
      {genuine && result.facts && <FactsCard facts={result.facts} />}
    </>
  );
}

function FactsCard({ facts }: { facts: CertificateFacts }) {
  return (
    <View className="certificates-page__card certificate-verify__facts">
      <Text className="certificates-page__card-title">证明内容</Text>
      <Text className="certificates-page__line">编号：{facts.certificateNo}</Text>
      <Text className="certificates-page__line">
        志愿者：{facts.volunteer.maskedName}
        {facts.volunteer.maskedMemberNo ? `（编号 ${facts.volunteer.maskedMemberNo}）` : ''}
      </Text>
      <Text className="certificates-page__line">服务时段：{facts.period.label}</Text>
      <Text className="certificates-page__line">出具日期：{facts.issuedOn}</Text>
      <Text className="certificates-page__line">出具单位：{facts.issuer.organisation}</Text>
      <Text className="certificates-page__line">负责人：{facts.issuer.personInCharge}</Text>
      <Text className="certificates-page__line">经办人：{facts.issuer.handlingOfficer}</Text>
      <Text className="certificates-page__line">联系方式：{facts.issuer.contact}</Text>
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
  );
}
