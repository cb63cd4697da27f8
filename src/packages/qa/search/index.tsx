import { useCallback, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { QuestionCard } from '@/components/question-card';
import { toastMessage } from '@/feedback/toast';
import { useCursorList } from '@/hooks/use-cursor-list';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { searchQuestions } from '@/services/qa';
import emptyImage from '@/assets/empty/qa.svg';
import './index.scss';

/**
 * 搜索: words in titles and texts (two-character words and longer; the server matches bigrams).
 * Runs on 搜索 or the keyboard's search key, not per keystroke.
 */
export default function SearchPage() {
  useSignInRequired();
  const [text, setText] = useState('');
  // A new search (even of the same words) mounts fresh results, so old ones never show meanwhile.
  const [search, setSearch] = useState<{ q: string; run: number } | null>(null);

  function submit() {
    const q = text.trim();
    if (!q) return toastMessage('请输入搜索内容');
    setSearch((previous) => ({ q, run: (previous?.run ?? 0) + 1 }));
  }

  return (
    <View className="qa-search">
      <View className="qa-search__bar">
        <Input
          className="qa-search__input"
          value={text}
          maxlength={40}
          focus
          confirmType="search"
          placeholder="输入关键词，如：胎压"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={submit}
        />
        <Button variant="text" className="qa-search__submit" onClick={submit}>
          搜索
        </Button>
      </View>
      {search ? (
        <SearchResults key={search.run} q={search.q} />
      ) : (
        <Text className="qa-search__hint">按标题和问题描述中的词语查找，已解决的问题排在前面</Text>
      )}
    </View>
  );
}

/** The matches of one search, a page at a time as the member scrolls, like the feed. */
function SearchResults({ q }: { q: string }) {
  const loadPage = useCallback((cursor?: string) => searchQuestions({ q, cursor }), [q]);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  useReachBottom(() => void loadMore());
  const open = (id: string) => Taro.navigateTo({ url: `${routes.qaQuestion}?id=${id}` });

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={refresh} />;
  if (!state.items.length)
    return (
      <EmptyState
        image={emptyImage}
        title={`没有找到“${q}”相关的问题`}
        hint="换个词试试（至少两个字），或者直接提问"
        action={{ label: '提问', onClick: () => void Taro.navigateTo({ url: routes.qaAsk }) }}
      />
    );
  return (
    <>
      {state.items.map((question) => (
        <QuestionCard key={question.questionId} question={question} onOpen={open} />
      ))}
      <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
    </>
  );
}
