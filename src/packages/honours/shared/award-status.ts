import type { HonourAward } from '@core/honours.contract';
import { shanghaiDay } from '@core/shanghai-time';

const dayOf = (at: string) => shanghaiDay(new Date(at));
/** The day a notice's last working day ends on (the stored end is the midnight after it). */
const lastNoticeDay = (award: HonourAward) => shanghaiDay(new Date(Date.parse(award.noticeEndsAt) - 1));

/** 公示中（至 2026-12-14）· 已授予 2026-12-15 · 已撤回: the award's state in one phrase. */
export const awardStatusText = (award: HonourAward): string => {
  if (award.status === 'notice') return `公示中（至 ${lastNoticeDay(award)}）`;
  if (award.status === 'awarded') return `已授予 ${award.awardedAt ? dayOf(award.awardedAt) : ''}`.trim();
  return award.withdrawnCause === 'hours' ? '已撤回（时长被撤销）' : '已撤回';
};
