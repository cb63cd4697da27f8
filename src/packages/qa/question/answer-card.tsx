import { Text, View } from '@tarojs/components';
import { roleLabels } from '@core/roles';
import type { AnswerView } from '@core/qa.types';
import { PostPhotos } from '../shared/post-photos';
import { ModerationNote } from './moderation-note';
import { PostLinks } from './post-links';
import { momentText } from '@core/date-words';

export interface AnswerCardProps {
  answer: AnswerView;
  /** Show 采纳: the caller asked the question and nothing is accepted yet. @default false */
  canAccept?: boolean;
  /** True while an action on this answer is on its way. @default false */
  busy?: boolean;
  onAccept: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onReport: () => void;
  /** Admins only (see PostLinks). */
  onHide?: () => void;
}

/** One answer: 已采纳 and the team badge (志愿者 / 队长) first, then the text. */
export function AnswerCard({ answer, canAccept = false, busy = false, onAccept, onEdit, onDelete, onReport, onHide }: AnswerCardProps) {
  return (
    <View className={`post answer-card ${answer.accepted ? 'answer-card--accepted' : ''}`}>
      <View className="answer-card__head">
        <Text className="answer-card__author">{answer.authorName}</Text>
        {answer.badge && <Text className="answer-card__badge">{roleLabels[answer.badge]}</Text>}
        {answer.accepted && <Text className="answer-card__accepted">已采纳</Text>}
      </View>
      <ModerationNote note={answer.moderation} />
      <Text className="post__body answer-card__body">{answer.body}</Text>
      <PostPhotos fileIds={answer.photos} />
      <View className="post__foot">
        <Text className="post__meta">{momentText(answer.createdAt)}</Text>
        {canAccept && (
          <Text className={`answer-card__accept ${busy ? 'answer-card__accept--busy' : ''}`} onClick={busy ? undefined : onAccept}>
            {busy ? '处理中…' : '采纳'}
          </Text>
        )}
        <PostLinks
          mine={answer.isMine}
          editable={answer.editableUntil !== null}
          onEdit={onEdit}
          onDelete={onDelete}
          onReport={onReport}
          onHide={onHide}
        />
      </View>
    </View>
  );
}
