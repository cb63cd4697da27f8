import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { QuestionCard } from '@/components/question-card';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { loadQaFeed } from '@/services/qa';
import emptyImage from '@/assets/empty/qa.svg';
import { FeedFilters, type FeedTab } from './feed-filters';
import { useQaTags } from '@/hooks/use-qa-tags';
import './index.scss';

const emptyHints: Record<FeedTab, { title: string; hint: string }> = {
  latest: { title: '还没有人提问', hint: '车辆保养、电脑故障等问题，可以在这里向志愿者请教' },
  unanswered: { title: '问题都有人回答了', hint: '新的提问没人回答时会出现在这里' },
  mine: { title: '你还没有提过问题', hint: '点右上角“提问”，志愿者会尽快解答' },
};

/** 问答: the 智慧车服服务群 as a feed, newest first, paged by cursor as the member scrolls. */
export default function QaPage() {
  useSignInRequired();
  const tags = useQaTags();
  const [tab, setTab] = useState<FeedTab>('latest');
  const [tag, setTag] = useState<string | null>(null);
  const loadPage = useCallback((cursor?: string) => loadQaFeed(tag ? { filter: 'tag', tag, cursor } : { filter: tab, cursor }), [tab, tag]);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());

  // Back from asking, answering or accepting: the first page shows the change.
  useReloadOnReturn(refresh);

  const open = (questionId: string) => Taro.navigateTo({ url: `${routes.qaQuestion}?id=${questionId}` });
  const empty = tag ? { title: `“${tag}”下还没有问题`, hint: '换个标签看看，或者来提第一个问题' } : emptyHints[tab];

  return (
    <View className="qa-page">
      <View className="qa-page__bar">
        <Text className="qa-page__search" onClick={() => Taro.navigateTo({ url: routes.qaSearch })}>
          搜索问题，如：胎压、电瓶
        </Text>
        <Button className="qa-page__ask" variant="primary" block={false} onClick={() => Taro.navigateTo({ url: routes.qaAsk })}>
          提问
        </Button>
      </View>
      <FeedFilters
        tab={tab}
        tag={tag}
        tags={tags}
        onTab={(next) => {
          setTag(null);
          setTab(next);
        }}
        onTag={setTag}
      />
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && <EmptyState image={emptyImage} title={empty.title} hint={empty.hint} />}
      {state.status === 'ready' && state.items.length > 0 && (
        <>
          {state.items.map((question) => (
            <QuestionCard key={question.questionId} question={question} onOpen={open} />
          ))}
          <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
        </>
      )}
    </View>
  );
}
