import type { RolloverMove } from '@core/member-directory.contract';

const STAGE_NAMES = ['一', '二', '三', '四', '五', '六'];

/** 1 → 一年级; beyond the table (never in practice) as digits. */
export const stageName = (stage: number): string => `${STAGE_NAMES[stage - 1] ?? stage}年级`;

/** One class's move as the admin reads it before confirming. */
export const moveLine = (move: RolloverMove): string =>
  move.toStage === null
    ? `毕业：${stageName(move.fromStage)}结束后归档，${move.members} 名成员标记为已毕业`
    : `${stageName(move.fromStage)} → ${stageName(move.toStage)}`;

/**
 * The school year a roll-over would most likely be for: from August on, the year that is starting;
 * before that, the one that started last autumn (already applied or not, the preview says).
 */
export const suggestedSchoolYear = (now: Date): number => {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  return shanghai.getUTCMonth() >= 7 ? shanghai.getUTCFullYear() : shanghai.getUTCFullYear() - 1;
};
