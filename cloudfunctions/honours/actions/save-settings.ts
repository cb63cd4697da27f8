import { randomBytes } from 'node:crypto';
import type { HonoursContract } from '@core/honours.contract';
import type { HonourSettings } from '@core/honours';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { readHonourSettings, writeHonourSettings } from '../../_lib/honours/honour-settings.repository';

const newRuleId = () => `nr_${randomBytes(4).toString('hex')}`;

/**
 * New thresholds apply to levels reached from now on: a level already on notice or awarded keeps
 * the threshold it was reached under (so raising them never withdraws anything). A rule without an
 * id is new and gets one.
 */
export const saveSettings = async ({ params, caller }: ActionInvocation<HonoursContract['saveSettings']>) => {
  const before = await readHonourSettings();
  const saved: HonourSettings = {
    thresholds: params.thresholds,
    noticeWorkingDays: params.noticeWorkingDays,
    nominationRules: params.nominationRules.map((rule) => ({ ...rule, ruleId: rule.ruleId ?? newRuleId() })),
  };
  await writeHonourSettings(saved, caller.openid);
  await recordAdminChange({
    kind: 'honours.settings',
    actor: caller,
    target: { type: 'honours', id: 'honours', label: '荣誉设置' },
    before: {
      thresholds: before.thresholds.map(String),
      noticeWorkingDays: before.noticeWorkingDays,
      rules: before.nominationRules.map((rule) => rule.title),
    },
    after: {
      thresholds: saved.thresholds.map(String),
      noticeWorkingDays: saved.noticeWorkingDays,
      rules: saved.nominationRules.map((rule) => rule.title),
    },
  });
  return { settings: saved };
};
