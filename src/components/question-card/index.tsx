import { Text, View } from '@tarojs/components';
import type { QuestionSummary } from '@core/qa.types';
import './index.scss';
import { momentText } from '@core/date-words';

export interface QuestionCardProps {
  question: QuestionSummary;
  /** Opens the question's detail page. */
  onOpen: (questionId: string) => void;
}

/** One row of the 问答 feed and of search results: title, tags, answers, 已解决, time. */
export function QuestionCard({ question, onOpen }: QuestionCardProps) {
  const solved = question.answerState === 'accepted';
  return (
    <View className={`question-card question-card--${question.questionId}`} onClick={() => onOpen(question.questionId)}>
      <View className="question-card__head">
        {solved && <Text className="question-card__solved">已解决</Text>}
        {/* Only the author (on 我的) and admins ever receive hidden questions. */}
        {question.visibility === 'hidden' && <Text className="question-card__hidden">已隐藏</Text>}
        <Text className="question-card__title">{question.title}</Text>
      </View>
      {question.excerpt && <Text className="question-card__excerpt">{question.excerpt}</Text>}
      <View className="question-card__meta">
        {question.tags.map((tag) => (
          <Text key={tag} className="question-card__tag">
            {tag}
          </Text>
        ))}
        <Text className="question-card__answers">{question.answerCount ? `${question.answerCount} 个回答` : '待解答'}</Text>
        <Text className="question-card__time">
          {question.authorName} · {momentText(question.createdAt)}
        </Text>
      </View>
    </View>
  );
}
