import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import type { MembershipApplication } from '@core/membership.types';
import { ErrorState } from '@/components/error-state';
import { PrivacyNotice } from '@/components/privacy-notice';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePrivacyConsent } from '@/hooks/use-privacy-consent';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { loadFormOptions } from './load-form-options';
import { MembershipForm } from './membership-form';
import './index.scss';

/** 绑定学号/工号: the privacy notice first, then the form, then 审核中 (or 已通过 when the roster matched). */
export default function MembershipPage() {
  useSignInRequired();
  const { consent, accept, decline } = usePrivacyConsent();
  const { state, reload } = useEnvelopeLoader(loadFormOptions);
  const [submitted, setSubmitted] = useState<MembershipApplication | null>(null);

  function leave() {
    decline();
    // Nothing may be collected without consent; back to 我的.
    Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/me/index' }));
  }

  if (submitted) {
    // A number and name that match the committee's roster are approved on the spot (no review).
    const approved = submitted.status === 'approved';
    const team = submitted.teamId ? '并加入所选服务队' : '';
    return (
      <View className="membership-page membership-page__result">
        <Text className="membership-page__result-title">{approved ? '绑定成功' : '申请已提交'}</Text>
        <Text className="membership-page__result-status">{approved ? '已通过' : '审核中'}</Text>
        <Text className="membership-page__result-hint">
          {approved ? `与成员名册一致，已自动通过，你已获得成员身份${team}。` : `团委审核通过后，你将获得成员身份${team}。`}
        </Text>
        <Button className="membership-page__back" variant="primary" onClick={() => Taro.navigateBack()}>
          返回“我的”
        </Button>
      </View>
    );
  }

  return (
    <View className="membership-page">
      {consent === 'needed' && <PrivacyNotice onAccept={accept} onDecline={leave} />}
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={reload} />}
      {/* The fields appear only after consent: nothing is collected before the notice is accepted. */}
      {state.status === 'ready' && consent === 'granted' && (
        <>
          <Text className="membership-page__hint">绑定后由团委审核；学号/工号一经绑定，其他微信账号无法再使用。</Text>
          <MembershipForm options={state.data} onSubmitted={setSubmitted} />
        </>
      )}
    </View>
  );
}
