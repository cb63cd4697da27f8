import { Text } from '@tarojs/components';
import type { ModerationNote as Note } from '@core/qa.types';

export interface ModerationNoteProps {
  /** Present only for the author and admins while the post is hidden. */
  note: Note | null;
}

/** Tells the author why others no longer see the post. */
export function ModerationNote({ note }: ModerationNoteProps) {
  if (!note) return null;
  const text =
    note.hiddenBy === 'reports'
      ? '多位成员举报了这条内容，已暂时隐藏，等待团委审核。'
      : `团委已隐藏这条内容：${note.reason ?? '未说明理由'}`;
  return <Text className="post__moderation">{text}</Text>;
}
