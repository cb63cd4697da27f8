import { Text } from '@tarojs/components';
import type { ActivityTag as Tag } from '@/format/activity-status';
import './index.scss';

export interface ActivityTagProps {
  /** From `activityTag()`: the label and its stable key. */
  tag: Tag;
}

/** 已报名 / 已签到 / 已满 / 报名未开始 … as a small pill; live states in brand red, ended ones grey. */
export function ActivityTag({ tag }: ActivityTagProps) {
  return <Text className={`activity-tag activity-tag--${tag.key}`}>{tag.label}</Text>;
}
