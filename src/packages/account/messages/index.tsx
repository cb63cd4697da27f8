import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { syncUnreadBadge } from '@/hooks/use-unread-badge';
import { openAppPage } from '@/navigation/open-app-page';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { listMessages, markAllMessagesRead, markMessagesRead, type InAppMessage } from '@/services/messages';
import emptyImage from '@/assets/empty/feed.svg';
import { MessageRow } from './message-row';
import { PushPanel } from './push-panel';
import './index.scss';

const PAGE_SIZE = 20;

/** 我的 → 消息: which pushes are on (微信推送), then notifications newest first; a tap reads one and opens its page; 全部已读. */
export default function MessagesPage() {
  useSignInRequired();
  const loadPage = useCallback((cursor?: string) => listMessages({ limit: PAGE_SIZE, cursor }), []);
  const { state, refresh, loadMore, updateItems } = useCursorList(loadPage);
  const [markingAll, setMarkingAll] = useState(false);
  usePullDownRefreshAction(() => Promise.all([refresh(), syncUnreadBadge()]));
  useReachBottom(() => void loadMore());
  // Back on 消息 (from the page a message opened, or 我的 › 消息 again in the same H5 tab): new messages show.
  useReloadOnReturn(() => Promise.all([refresh(), syncUnreadBadge()]));

  const markLocally = (ids: Set<string> | 'all') =>
    updateItems((items) => items.map((item) => (ids === 'all' || ids.has(item.messageId) ? { ...item, read: true } : item)));

  async function open(message: InAppMessage) {
    if (!message.read) {
      // Shown read at once; the server call only has to land before the next refresh.
      markLocally(new Set([message.messageId]));
      const reply = await markMessagesRead([message.messageId]);
      if (reply.ok) void syncUnreadBadge();
    }
    if (message.page) void openAppPage(message.page);
  }

  async function markAll() {
    if (markingAll) return;
    setMarkingAll(true);
    const reply = await markAllMessagesRead();
    setMarkingAll(false);
    if (!reply.ok) return void toastMessage(reply.message);
    markLocally('all');
    void syncUnreadBadge();
    toastSuccess('已全部标为已读');
  }

  const anyUnread = state.items.some((item) => !item.read);
  return (
    <View className="messages-page">
      <PushPanel />
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <EmptyState image={emptyImage} title="暂无消息" hint="审核结果、预约提醒、问答回复和团委通知会出现在这里，下拉可刷新" />
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <>
          <View className="messages-page__toolbar">
            <Text className="messages-page__summary">{anyUnread ? '有未读消息' : '全部已读'}</Text>
            {anyUnread && (
              <Button variant="text" className="messages-page__mark-all" onClick={markAll}>
                {markingAll ? '处理中…' : '全部已读'}
              </Button>
            )}
          </View>
          {state.items.map((message) => (
            <MessageRow key={message.messageId} message={message} onOpen={open} />
          ))}
          <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
        </>
      )}
    </View>
  );
}
