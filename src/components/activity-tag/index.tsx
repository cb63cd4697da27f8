import { Pill } from '@/components/pill';
import type { ActivityTag as Tag } from '@/format/activity-status';

export interface ActivityTagProps {
  /** From `activityTag()`: the label and its stable key. */
  tag: Tag;
}

/** Something the viewer can still act on or has done: brand colour; ended states grey. */
const liveKeys = new Set(['open', 'running', 'signed_up', 'checked_in', 'checked_out', 'auto_closed']);

/** 已报名 / 已签到 / 已满 / 报名未开始 … as a small pill; live states in brand red, ended ones grey. */
export function ActivityTag({ tag }: ActivityTagProps) {
  return (
    <Pill tone={liveKeys.has(tag.key) ? 'brand' : 'neutral'} className={`activity-tag activity-tag--${tag.key}`}>
      {tag.label}
    </Pill>
  );
}
