import { useCallback } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { SubscribeButton } from '@/components/subscribe-button';
import { useCursorList } from '@/hooks/use-cursor-list';
import { syncNoticeBadge } from '@/hooks/use-notice-badge';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { noticeFeed, type NoticeSummary } from '@/services/notices';
import emptyImage from '@/assets/empty/feed.svg';
import { NoticeRow } from '../shared/notice-row';
import { usePublisher } from '../shared/use-publisher';
import '../shared/notices.scss';

const PAGE_SIZE = 20;

/** 团委通知: notices addressed to the caller, pinned first, unread dotted; publishers also get 发布 / 我发布的. */
export default function NoticesPage() {
  useSignInRequired();
  const loadPage = useCallback((cursor?: string) => noticeFeed({ limit: PAGE_SIZE, cursor }), []);
  const { state, refresh, loadMore, updateItems } = useCursorList(loadPage);
  const { canPublish } = usePublisher();
  usePullDownRefreshAction(() => Promise.all([refresh(), syncNoticeBadge()]));
  useReachBottom(() => void loadMore());
  // Coming back from a notice: its read/confirmed marks and the badge are the server's again.
  useReloadOnReturn(refresh);

  function open(notice: NoticeSummary) {
    updateItems((items) => items.map((item) => (item.noticeId === notice.noticeId ? { ...item, read: true } : item)));
    void Taro.navigateTo({ url: `${routes.notice}?noticeId=${notice.noticeId}` });
  }

  return (
    <View className="notices-page">
      {canPublish && (
        <View className="notices-page__toolbar">
          <Button variant="text" className="notices-page__compose" onClick={() => Taro.navigateTo({ url: routes.noticeCompose })}>
            发布通知
          </Button>
          <Button variant="text" className="notices-page__mine" onClick={() => Taro.navigateTo({ url: routes.myNotices })}>
            我发布的
          </Button>
        </View>
      )}
      <SubscribeButton className="notices-page__subscribe" moment="noticeFeed" label="订阅通知推送" hint="团委发布新通知时推送到微信" />
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <EmptyState image={emptyImage} title="暂无通知" hint="学院团委发给你的通知会出现在这里，下拉可刷新" />
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <>
          {state.items.map((notice) => (
            <NoticeRow key={notice.noticeId} notice={notice} onOpen={open} />
          ))}
          <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
        </>
      )}
    </View>
  );
}
