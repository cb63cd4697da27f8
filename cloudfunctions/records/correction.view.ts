import type { Correction } from '@core/activity.types';
import type { CorrectionDocument } from './correction.repository';

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

export const toCorrection = (document: CorrectionDocument): Correction => ({
  correctionId: document._id,
  activityId: document.activityId,
  activityTitle: document.activityTitle,
  openid: document.openid,
  name: document.name,
  checkedInAt: iso(document.checkedInAt),
  requestedCheckoutAt: new Date(document.requestedCheckoutAt).toISOString(),
  reason: document.reason,
  status: document.status,
  decidedBy: document.decidedBy,
  decidedAt: iso(document.decidedAt),
  decisionReason: document.decisionReason,
  minutes: document.minutes,
  createdAt: new Date(document.createdAt).toISOString(),
});
