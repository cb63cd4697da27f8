import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Cell, CellGroup, Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { useUnreadBadge } from '@/hooks/use-unread-badge';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { myHours } from '@/services/activities';
import { ActivityEntries } from './activity-entries';
import { loadMe } from './load-me';
import { MembershipCard } from './membership-card';
import { MessagesEntry } from './messages-entry';
import { ElderModeEntry } from './elder-mode-entry';
import { ProfileCard } from './profile-card';
import { ServiceEntries } from './service-entries';
import { unbindMembership } from './unbind-membership';
import './index.scss';

const loadHours = () => myHours();

export default function MePage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadMe);
  const { unread, refresh: refreshUnread } = useUnreadBadge();
  // Its own call, so a failure there hides only the figure, not the page.
  const { state: hours, reload: reloadHours } = useEnvelopeLoader(loadHours);
  usePullDownRefreshAction(() => Promise.all([reload(), refreshUnread(), reloadHours()]));
  const [unbinding, setUnbinding] = useState(false);

  // Coming back from the binding form (or another identity's pages) must show the new status.
  useReloadOnReturn(() => Promise.all([reload(), reloadHours()]));

  async function unbind(status: Parameters<typeof unbindMembership>[0]) {
    setUnbinding(true);
    const done = await unbindMembership(status);
    setUnbinding(false);
    if (done) void reload();
  }

  return (
    <View className="me-page">
      {state.status === 'loading' && (
        <View className="me-page__loading">
          <Skeleton rows={3} animated />
        </View>
      )}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={reload} />}
      {state.status === 'ready' && (
        <>
          <ProfileCard me={state.data.me} />
          <MembershipCard
            membership={state.data.membership}
            busy={unbinding}
            onApply={() => Taro.navigateTo({ url: routes.membershipForm })}
            onUnbind={() => unbind(state.data.membership.status)}
          />
          <MessagesEntry unread={unread} />
          <ActivityEntries totalMinutes={hours.status === 'ready' ? hours.data.totalMinutes : null} />
          <ServiceEntries roles={state.data.me.roles} />
          {state.data.me.roles.includes('admin') && (
            <CellGroup className="me-page__actions">
              <Cell
                className="me-page__admin"
                title="团委管理"
                description="成员审核、成员名录、组织架构、服务队成员"
                clickable
                onClick={() => Taro.navigateTo({ url: routes.admin })}
              />
            </CellGroup>
          )}
        </>
      )}
      <ElderModeEntry />
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
