import type { HonourSettings, NominationRule } from '@core/honours';

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

/** The settings to send, or the first problem in Chinese. */
export const settingsFromDraft = (
  draft: SettingsDraft,
):
  | { settings: Omit<HonourSettings, 'nominationRules'> & { nominationRules: (Omit<NominationRule, 'ruleId'> & { ruleId?: string })[] } }
  | { problem: string } => {
  const thresholds = draft.thresholds.map(wholeNumber);
  if (thresholds.some((value) => value === null || value <= 0)) return { problem: '星级时长请填写正整数（小时）' };
  if (thresholds.some((value, index) => index > 0 && (value as number) <= (thresholds[index - 1] as number)))
    return { problem: '星级时长应逐级递增：一星 < 二星 < … < 五星' };
  const days = wholeNumber(draft.noticeWorkingDays);
  if (days === null || days < 1 || days > 30) return { problem: '公示期请填写 1–30 个工作日' };
  const rules = [];
  for (const rule of draft.rules) {
    const minHours = wholeNumber(rule.minHours);
    const minActivities = wholeNumber(rule.minActivities);
    if (rule.title.trim().length < 2) return { problem: '评优名称至少 2 个字' };
    if (minHours === null || minActivities === null) return { problem: `「${rule.title}」的时长和活动次数请填写整数` };
    rules.push({
      ...(rule.ruleId ? { ruleId: rule.ruleId } : {}),
      title: rule.title.trim(),
      minHours,
      minActivities,
      noUnexcusedNoShow: rule.noUnexcusedNoShow,
    });
  }
  return {
    settings: {
      thresholds: thresholds as HonourSettings['thresholds'],
      noticeWorkingDays: days,
      nominationRules: rules,
    },
  };
};
