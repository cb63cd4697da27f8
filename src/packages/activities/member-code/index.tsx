import { Image, Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { whoami } from '@/services/users';
import { useFullBrightness } from './use-full-brightness';
import { useMemberCode } from './use-member-code';
import '../shared/activities-page.scss';
import './index.scss';

/** 我的成员码: when a student cannot scan, the organiser scans this instead; it refreshes itself. */
export default function MemberCodePage() {
  useSignInRequired();
  useFullBrightness();
  const { state, secondsLeft, reload } = useMemberCode();
  const { state: me } = useEnvelopeLoader(whoami);

  if (state.status === 'loading')
    return (
      <View className="activities-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  return (
    <View className="activities-page member-code">
      <View className="activities-page__card member-code__card">
        <Text className="member-code__name">{me.status === 'ready' ? me.data.name : ''}</Text>
        {/* A square QR in a square box: the default scaleToFill is exact (aspectFit crops on H5). */}
        <Image className="member-code__image" src={state.code.qrImage} />
        <Text className="member-code__countdown">{secondsLeft > 0 ? `${secondsLeft} 秒后自动刷新` : '正在刷新…'}</Text>
        <Text className="activities-page__line member-code__hint">
          无法扫码签到时，请组织者扫描此码为你签到。
          {process.env.TARO_ENV === 'weapp' ? '已为你调高屏幕亮度。' : '请调高屏幕亮度，方便组织者扫码。'}
          成员码每分钟更换，截图转发无效。
        </Text>
      </View>
    </View>
  );
}
