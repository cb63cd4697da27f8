import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { HONOUR_LEVELS, honourLevelLabels } from '@core/honours';
import { fieldLabels } from '@core/field-labels';
import { ErrorState } from '@/components/error-state';
import { FormField } from '@/components/form-field';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { evaluateHonours, honourSettings, saveHonourSettings } from '@/services/honours';
import { RuleCard } from './rule-card';
import {
  draftOf,
  NEW_RULE,
  settingsErrors,
  settingsFieldOrder,
  settingsFromDraft,
  thresholdField,
  type RuleDraft,
  type SettingsDraft,
} from './settings-draft';
import '../shared/honours-page.scss';

const loadSettings = () => honourSettings();
/** A server refusal naming the period lands beside it; one about a level or a rule has no single row: a toast. */
const serverLabels = { noticeWorkingDays: fieldLabels.noticeWorkingDays };

/** 团委管理 › 荣誉设置: star thresholds, the notice period, nomination rules; 立即评定 runs the hourly evaluation now. */
export default function HonourSettingsPage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadSettings);
  usePullDownRefreshAction(reload);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const fieldErrors = useFieldErrors(draft ? settingsFieldOrder(draft) : []);
  const { errors, recheck } = fieldErrors;
  const [busy, setBusy] = useState<'save' | 'evaluate' | null>(null);
  const [evaluated, setEvaluated] = useState('');

  useEffect(() => {
    if (state.status === 'ready') setDraft(draftOf(state.data.settings));
  }, [state]);
  // A fixed row loses its error; rows not yet complained about stay quiet until the next save.
  useEffect(() => {
    if (draft) recheck(settingsErrors(draft));
  }, [draft, recheck]);

  if (state.status === 'loading' || (state.status === 'ready' && !draft))
    return (
      <View className="honours-page">
        <Skeleton rows={8} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const current = draft as SettingsDraft;
  const change = (changes: Partial<SettingsDraft>) => setDraft({ ...current, ...changes });
  const changeRule = (index: number, changes: Partial<RuleDraft>) =>
    change({ rules: current.rules.map((rule, at) => (at === index ? { ...rule, ...changes } : rule)) });

  async function removeRule(index: number) {
    const rule = current.rules[index];
    if (!(await confirmDestructive({ title: '删除评优规则', content: `删除「${rule.title}」？保存后生效。`, confirmText: '删除' }))) return;
    change({ rules: current.rules.filter((_, at) => at !== index) });
  }

  async function save() {
    if (fieldErrors.show(settingsErrors(current))) return;
    setBusy('save');
    const reply = await saveHonourSettings(settingsFromDraft(current));
    setBusy(null);
    if (!reply.ok) return void (fieldErrors.showServer(reply.message, serverLabels) || toastMessage(reply.message));
    setDraft(draftOf(reply.data.settings));
    toastSuccess('已保存');
  }

  async function evaluate() {
    setBusy('evaluate');
    const reply = await evaluateHonours();
    setBusy(null);
    if (!reply.ok) return void toastMessage(reply.message);
    const { members, noticed, awarded, withdrawn } = reply.data;
    setEvaluated(`已评定 ${members} 人：新公示 ${noticed}，授予 ${awarded}，撤回 ${withdrawn}`);
  }

  return (
    <View className="honours-page honour-settings">
      <View className="honours-page__card">
        <Text className="honours-page__card-title">星级标准（累计已认定时长）</Text>
        {HONOUR_LEVELS.map((level, index) => (
          <FormField
            key={level}
            name={thresholdField(level)}
            label={honourLevelLabels[level]}
            required
            error={errors[thresholdField(level)]}
            className={`honour-settings__threshold honour-settings__threshold--${level}`}
          >
            <Input
              className="honours-page__input"
              type="number"
              value={current.thresholds[index]}
              onInput={(e) => change({ thresholds: current.thresholds.map((value, at) => (at === index ? e.detail.value : value)) })}
            />
            <Text className="honours-page__line">小时</Text>
          </FormField>
        ))}
        <FormField name="noticeWorkingDays" label="公示期" required error={errors.noticeWorkingDays} className="honour-settings__days">
          <Input
            className="honours-page__input"
            type="number"
            value={current.noticeWorkingDays}
            onInput={(e) => change({ noticeWorkingDays: e.detail.value })}
          />
          <Text className="honours-page__line">个工作日</Text>
        </FormField>
        <Text className="honours-page__hint">
          工作日为周一至周五（法定节假日不识别）。修改标准只影响此后达到的星级，已公示或已授予的不受影响。
        </Text>
      </View>
      <Text className="honours-page__section">学期评优规则</Text>
      {current.rules.length === 0 && <Text className="honours-page__hint">还没有评优规则，添加后可在「评优名单」按学期生成推荐名单</Text>}
      {current.rules.map((rule, index) => (
        <RuleCard
          key={rule.ruleId ?? `new-${index}`}
          rule={rule}
          index={index}
          errors={errors}
          onChange={(changes) => changeRule(index, changes)}
          onRemove={() => void removeRule(index)}
        />
      ))}
      <Button className="honour-settings__add-rule" block onClick={() => change({ rules: [...current.rules, { ...NEW_RULE }] })}>
        添加评优规则
      </Button>
      <View className="honours-page__actions">
        <Button className="honour-settings__save" variant="primary" disabled={busy !== null} onClick={() => void save()}>
          {busy === 'save' ? '保存中…' : '保存设置'}
        </Button>
      </View>
      <View className="honours-page__card">
        <Text className="honours-page__card-title">评定</Text>
        <Text className="honours-page__line">系统每小时评定一次：达到标准的进入公示，公示期满的授予。也可立即评定。</Text>
        <Button className="honour-settings__evaluate" disabled={busy !== null} onClick={() => void evaluate()}>
          {busy === 'evaluate' ? '评定中…' : '立即评定'}
        </Button>
        {evaluated && <Text className="honours-page__line honour-settings__evaluated">{evaluated}</Text>}
        <View className="honours-page__actions">
          <Button variant="text" className="honours-page__link" onClick={() => Taro.navigateTo({ url: routes.honourNotice })}>
            荣誉公示
          </Button>
          <Button variant="text" className="honours-page__link" onClick={() => Taro.navigateTo({ url: routes.honourNominations })}>
            评优名单
          </Button>
        </View>
      </View>
    </View>
  );
}
