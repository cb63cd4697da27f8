import { useCallback } from 'react';
import { View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { pendingCorrections } from '@/services/records';
import emptyImage from '@/assets/empty/activities.svg';
import { CorrectionRows } from '../shared/correction-rows';
import '../shared/activity-admin.scss';

/** 补录申请 (admins, from 首页): every activity's pending requests, oldest first, each decided here. */
export default function PendingCorrectionsPage() {
  useSignInRequired();
  const loadPage = useCallback((cursor?: string) => pendingCorrections(cursor), []);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());
  useReloadOnReturn(refresh);

  return (
    <View className="activity-admin pending-corrections">
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <EmptyState image={emptyImage} title="没有待处理的补录申请" hint="学生在活动结束后申请补录签退时间，会出现在这里" />
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <>
          <CorrectionRows corrections={state.items} showActivity />
          <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
        </>
      )}
    </View>
  );
}
