import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { authoredNotices, type AuthoredNotice } from '@/services/notices';
import emptyImage from '@/assets/empty/feed.svg';
import '../shared/notices.scss';
import { momentText } from '@core/date-words';

const PAGE_SIZE = 20;
const statusLabels: Record<AuthoredNotice['status'], string> = {
  draft: '草稿',
  scheduled: '定时发布',
  published: '已发布',
  recalled: '已撤回',
};

/** 我发布的通知: the caller's notices, newest first; a tap opens the receipts (a draft opens in 发布通知 to continue). */
export default function MyNoticesPage() {
  useSignInRequired();
  const loadPage = useCallback((cursor?: string) => authoredNotices({ limit: PAGE_SIZE, cursor }), []);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());
  useReloadOnReturn(refresh);

  const open = (notice: AuthoredNotice) =>
    Taro.navigateTo({
      url:
        notice.status === 'draft'
          ? `${routes.noticeCompose}?draftId=${notice.noticeId}`
          : `${routes.noticeReceipts}?noticeId=${notice.noticeId}`,
    });

  return (
    <View className="notices-page">
      <View className="notices-page__toolbar">
        <Button variant="text" className="notices-page__compose" onClick={() => Taro.navigateTo({ url: routes.noticeCompose })}>
          发布通知
        </Button>
      </View>
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <EmptyState image={emptyImage} title="还没有发布过通知" hint="点右上角的发布通知，写给全体成员、团支部、服务队或某类角色" />
      )}
      {state.status === 'ready' &&
        state.items.map((notice) => (
          <View key={notice.noticeId} className="notice-row notice-row--read my-notice" onClick={() => void open(notice)}>
            <View className="notice-row__header">
              {notice.pinned && <Text className="notice-tag">置顶</Text>}
              <Text className="notice-row__title">{notice.title}</Text>
              <Text
                className={`notice-tag my-notice__status--${notice.status} ${notice.status === 'published' ? '' : 'notice-tag--muted'}`}
              >
                {statusLabels[notice.status]}
              </Text>
            </View>
            <View className="notice-row__meta">
              <Text>{momentText(notice.publishedAt ?? notice.publishAt ?? notice.updatedAt)}</Text>
            </View>
          </View>
        ))}
      {state.status === 'ready' && state.items.length > 0 && (
        <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
      )}
    </View>
  );
}
