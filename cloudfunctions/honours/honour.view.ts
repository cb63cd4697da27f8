import type { HonourAward } from '@core/honours.contract';
import { honourLevelLabels } from '@core/honours';
import type { HonourAwardDocument } from '../_lib/honours/honour-award.repository';

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null);

export const toHonourAward = (document: HonourAwardDocument): HonourAward => ({
  awardId: document._id,
  level: document.level,
  levelLabel: honourLevelLabels[document.level],
  status: document.status,
  thresholdHours: document.thresholdMinutes / 60,
  noticeStartedAt: new Date(document.noticeStartedAt).toISOString(),
  noticeEndsAt: new Date(document.noticeEndsAt).toISOString(),
  awardedAt: iso(document.awardedAt),
  withdrawnAt: iso(document.withdrawnAt),
  withdrawnCause: document.withdrawnCause,
  withdrawnReason: document.withdrawnReason,
});
