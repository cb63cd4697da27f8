import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { useCursorList } from '@/hooks/use-cursor-list';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { listActivities } from '@/services/activities';
import { whoami } from '@/services/users';
import emptyImage from '@/assets/empty/activities.svg';
import { ActivityCard } from './activity-card';
import { ActivityTabs, type ActivityListTab } from './activity-tabs';
import './index.scss';

const PAGE_SIZE = 20;

const emptyHints: Record<ActivityListTab, { title: string; hint: string }> = {
  upcoming: { title: '暂时没有活动', hint: '学雷锋日、五四等文明实践活动发布后，可在这里报名并扫码签到' },
  mine: { title: '你还没有报名活动', hint: '在“近期活动”里选择活动报名，到场后扫码签到' },
  past: { title: '还没有往期活动', hint: '活动结束后会出现在这里' },
};

/** 活动 tab: upcoming / my sign-ups / past activities, the way to the scanner, and 发布活动 for organisers. */
export default function ActivitiesPage() {
  useSignInRequired();
  const [tab, setTab] = useState<ActivityListTab>('upcoming');
  const loadPage = useCallback((cursor?: string) => listActivities({ tab, cursor, limit: PAGE_SIZE }), [tab]);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  const { state: me } = useEnvelopeLoader(whoami);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());

  // Back from signing up, cancelling or scanning: the cards show the new status.
  useReloadOnReturn(refresh);

  const organises = me.status === 'ready' && me.data.roles.some((role) => role === 'admin' || role === 'leader');
  const open = (activityId: string) => Taro.navigateTo({ url: `${routes.activity}?activityId=${activityId}` });

  return (
    <View className="activities-tab">
      <View className="activities-tab__bar">
        <Button
          className="activities-tab__scan"
          variant="primary"
          block={false}
          onClick={() => Taro.navigateTo({ url: routes.activityScan })}
        >
          扫码签到
        </Button>
        {organises && (
          <Button className="activities-tab__publish" onClick={() => Taro.navigateTo({ url: routes.activityEdit })}>
            发布活动
          </Button>
        )}
      </View>
      <ActivityTabs tab={tab} onTab={setTab} />
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <EmptyState image={emptyImage} title={emptyHints[tab].title} hint={emptyHints[tab].hint} />
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <>
          {state.items.map((activity) => (
            <ActivityCard key={activity.activityId} activity={activity} mine={activity.mine} onOpen={open} />
          ))}
          <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
        </>
      )}
    </View>
  );
}
