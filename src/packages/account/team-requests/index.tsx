import { useCallback } from 'react';
import { View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { myTeamJoinRequests } from '@/services/org-units';
import emptyImage from '@/assets/empty/services.svg';
import { TeamRequestRow } from './team-request-row';
import './index.scss';

const PAGE_SIZE = 20;

/** 我的 → 我的入队申请: every request to join a service team, newest first, with its decision. */
export default function TeamRequestsPage() {
  useSignInRequired();
  const loadPage = useCallback((cursor?: string) => myTeamJoinRequests({ limit: PAGE_SIZE, cursor }), []);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());
  // A decision may land while the member is elsewhere (e.g. reading its message).
  useReloadOnReturn(refresh);

  return (
    <View className="team-requests-page">
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <>
          <EmptyState image={emptyImage} title="还没有入队申请" hint="在「服务」页选择服务队，点「申请加入」，队长审核后会出现在这里" />
          <View className="team-requests-page__go">
            <Button variant="primary" onClick={() => Taro.switchTab({ url: routes.services })}>
              去看看服务队
            </Button>
          </View>
        </>
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <>
          {state.items.map((request) => (
            <TeamRequestRow key={request.requestId} request={request} />
          ))}
          <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
        </>
      )}
    </View>
  );
}
