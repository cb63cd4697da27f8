import { Text, View } from '@tarojs/components';
import type { QuestionSummary } from '@core/qa.types';

export interface SimilarListProps {
  items: QuestionSummary[];
  /** Opens one of them instead of asking again. */
  onOpen: (questionId: string) => void;
}

/** 相似问题 under the title field: the answer may already exist. */
export function SimilarList({ items, onOpen }: SimilarListProps) {
  if (!items.length) return null;
  return (
    <View className="ask-form__similar">
      <Text className="ask-form__similar-title">相似问题，看看是否已有解答：</Text>
      {items.map((item) => (
        <Text key={item.questionId} className="ask-form__similar-item" onClick={() => onOpen(item.questionId)}>
          {item.answerState === 'accepted' ? '【已解决】' : ''}
          {item.title}
        </Text>
      ))}
    </View>
  );
}
