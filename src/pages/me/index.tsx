import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Cell, CellGroup, Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { loadMe } from './load-me';
import { ProfileCard } from './profile-card';
import './index.scss';

export default function MePage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadMe);
  usePullDownRefreshAction(reload);

  return (
    <View className="me-page">
      {state.status === 'loading' && (
        <View className="me-page__loading">
          <Skeleton rows={3} animated />
        </View>
      )}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={reload} />}
      {state.status === 'ready' && <ProfileCard me={state.data} />}
      {/* Only the local CloudBase has personas; in WeChat the identity is the WeChat account.
          Written inline so the weapp build drops the branch. */}
      {process.env.TARO_ENV === 'h5' && (
        <CellGroup className="me-page__actions">
          <Cell
            className="me-page__switch"
            title="切换身份"
            extra="本地演示"
            clickable
            onClick={() => Taro.navigateTo({ url: routes.signIn })}
          />
        </CellGroup>
      )}
    </View>
  );
}
