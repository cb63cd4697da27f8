import { HONOUR_LEVELS, honourLevelLabels, type HonourLevel, type HonourSettings, type NominationRule } from '@core/honours';
import type { FieldErrors } from '@/hooks/field-errors';

/** The form's text fields, as typed; checked before sending (the server checks again). */
export interface RuleDraft {
  ruleId?: string;
  title: string;
  minHours: string;
  minActivities: string;
  noUnexcusedNoShow: boolean;
}

export interface SettingsDraft {
  thresholds: string[];
  noticeWorkingDays: string;
  rules: RuleDraft[];
}

export const draftOf = (settings: HonourSettings): SettingsDraft => ({
  thresholds: settings.thresholds.map(String),
  noticeWorkingDays: String(settings.noticeWorkingDays),
  rules: settings.nominationRules.map((rule) => ({
    ruleId: rule.ruleId,
    title: rule.title,
    minHours: String(rule.minHours),
    minActivities: String(rule.minActivities),
    noUnexcusedNoShow: rule.noUnexcusedNoShow,
  })),
});

export const NEW_RULE: RuleDraft = { title: '优秀志愿者', minHours: '20', minActivities: '3', noUnexcusedNoShow: true };

const wholeNumber = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null);

/** A row's key in the form's field errors: `threshold-3`, `noticeWorkingDays`, `rule-0-title`. */
export const thresholdField = (level: HonourLevel) => `threshold-${level}`;
export const ruleField = (index: number, part: 'title' | 'minHours' | 'minActivities') => `rule-${index}-${part}`;

/** The rows top to bottom, for the first error to scroll to. */
export const settingsFieldOrder = (draft: SettingsDraft): string[] => [
  ...HONOUR_LEVELS.map(thresholdField),
  'noticeWorkingDays',
  ...draft.rules.flatMap((_, index) => [ruleField(index, 'title'), ruleField(index, 'minHours'), ruleField(index, 'minActivities')]),
];

/** The server's bounds (honours.contract.ts), repeated: the app carries no zod. */
const MAX_THRESHOLD = 100_000;
const MAX_RULE_HOURS = 10_000;
const MAX_RULE_ACTIVITIES = 1_000;

/** Each wrong row's Chinese sentence (beside the row), checked before sending; the server checks again. */
export function settingsErrors(draft: SettingsDraft): FieldErrors<string> {
  const errors: FieldErrors<string> = {};
  const thresholds = draft.thresholds.map(wholeNumber);
  HONOUR_LEVELS.forEach((level, index) => {
    const value = thresholds[index];
    const previous = index > 0 ? thresholds[index - 1] : null;
    if (value === null || value <= 0 || value > MAX_THRESHOLD) errors[thresholdField(level)] = `请填写 1–${MAX_THRESHOLD} 的整数（小时）`;
    else if (previous !== null && previous > 0 && value <= previous)
      errors[thresholdField(level)] = `应大于${honourLevelLabels[HONOUR_LEVELS[index - 1]]}的 ${previous} 小时（逐级递增）`;
  });
  const days = wholeNumber(draft.noticeWorkingDays);
  if (days === null || days < 1 || days > 30) errors.noticeWorkingDays = '公示期请填写 1–30 个工作日';
  draft.rules.forEach((rule, index) => {
    if (rule.title.trim().length < 2) errors[ruleField(index, 'title')] = '评优名称至少 2 个字';
    const minHours = wholeNumber(rule.minHours);
    if (minHours === null || minHours > MAX_RULE_HOURS) errors[ruleField(index, 'minHours')] = `请填写 0–${MAX_RULE_HOURS} 的整数（小时）`;
    const minActivities = wholeNumber(rule.minActivities);
    if (minActivities === null || minActivities > MAX_RULE_ACTIVITIES)
      errors[ruleField(index, 'minActivities')] = `请填写 0–${MAX_RULE_ACTIVITIES} 的整数（次）`;
  });
  return errors;
}

/** The settings to send, once `settingsErrors` finds nothing. */
export const settingsFromDraft = (
  draft: SettingsDraft,
): Omit<HonourSettings, 'nominationRules'> & { nominationRules: (Omit<NominationRule, 'ruleId'> & { ruleId?: string })[] } => ({
  thresholds: draft.thresholds.map((text) => Number(text.trim())) as HonourSettings['thresholds'],
  noticeWorkingDays: Number(draft.noticeWorkingDays.trim()),
  nominationRules: draft.rules.map((rule) => ({
    ...(rule.ruleId ? { ruleId: rule.ruleId } : {}),
    title: rule.title.trim(),
    minHours: Number(rule.minHours.trim()),
    minActivities: Number(rule.minActivities.trim()),
    noUnexcusedNoShow: rule.noUnexcusedNoShow,
  })),
});
