import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { QuestionSummary } from '@core/qa.types';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { QuestionCard } from '@/components/question-card';
import { toastMessage } from '@/feedback/toast';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { searchQuestions } from '@/services/qa';
import emptyImage from '@/assets/empty/qa.svg';
import './index.scss';

type Results =
  { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; items: QuestionSummary[] };

/**
 * 搜索: words in titles and texts (two-character words and longer; the server matches bigrams).
 * Runs on 搜索 or the keyboard's search key, not per keystroke.
 */
export default function SearchPage() {
  useSignInRequired();
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');
  const [results, setResults] = useState<Results>({ status: 'idle' });

  async function search() {
    const q = text.trim();
    if (!q) return toastMessage('请输入搜索内容');
    setSearched(q);
    setResults({ status: 'loading' });
    const reply = await searchQuestions(q);
    setResults(reply.ok ? { status: 'ready', items: reply.data.items } : { status: 'failed', message: reply.message });
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
          onConfirm={() => void search()}
        />
        <Text className="qa-search__submit" onClick={() => void search()}>
          搜索
        </Text>
      </View>
      {results.status === 'idle' && <Text className="qa-search__hint">按标题和问题描述中的词语查找，已解决的问题排在前面</Text>}
      {results.status === 'loading' && <Skeleton rows={6} animated />}
      {results.status === 'failed' && <ErrorState message={results.message} onRetry={() => void search()} />}
      {results.status === 'ready' && !results.items.length && (
        <EmptyState image={emptyImage} title={`没有找到“${searched}”相关的问题`} hint="换个词试试（至少两个字），或者直接提问" />
      )}
      {results.status === 'ready' &&
        results.items.map((question) => (
          <QuestionCard
            key={question.questionId}
            question={question}
            onOpen={(id) => Taro.navigateTo({ url: `${routes.qaQuestion}?id=${id}` })}
          />
        ))}
    </View>
  );
}
