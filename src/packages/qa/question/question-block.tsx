import { Text, View } from '@tarojs/components';
import type { QuestionView } from '@core/qa.types';
import { PostPhotos } from '../shared/post-photos';
import { ModerationNote } from './moderation-note';
import { PostLinks } from './post-links';
import { momentText } from '@core/date-words';

export interface QuestionBlockProps {
  question: QuestionView;
  onEdit: () => void;
  onDelete: () => void;
  onReport: () => void;
  /** Admins only (see PostLinks). */
  onHide?: () => void;
}

/** The question itself: title, tags, asker and time, text, photos. */
export function QuestionBlock({ question, onEdit, onDelete, onReport, onHide }: QuestionBlockProps) {
  return (
    <View className="post question-block">
      <View className="question-block__head">
        {question.answerState === 'accepted' && <Text className="question-block__solved">已解决</Text>}
        <Text className="question-block__title">{question.title}</Text>
      </View>
      <View className="question-block__tags">
        {question.tags.map((tag) => (
          <Text key={tag} className="question-block__tag">
            {tag}
          </Text>
        ))}
      </View>
      <ModerationNote note={question.moderation} />
      {question.body && <Text className="post__body question-block__body">{question.body}</Text>}
      <PostPhotos fileIds={question.photos} />
      <View className="post__foot">
        <Text className="post__meta">
          {question.authorName} · {momentText(question.createdAt)}
        </Text>
        <PostLinks
          mine={question.isMine}
          editable={question.editableUntil !== null}
          onEdit={onEdit}
          onDelete={onDelete}
          onReport={onReport}
          onHide={onHide}
        />
      </View>
    </View>
  );
}
