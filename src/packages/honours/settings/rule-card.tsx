import { Input, Switch, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { FormField } from '@/components/form-field';
import type { FieldErrors } from '@/hooks/field-errors';
import { ruleField, type RuleDraft } from './settings-draft';

export interface RuleCardProps {
  rule: RuleDraft;
  /** The rule's place in the list: its rows' keys in the form's field errors. */
  index: number;
  errors: FieldErrors<string>;
  onChange: (changes: Partial<RuleDraft>) => void;
  onRemove: () => void;
}

/** One nomination rule: the honour's name, minimum verified hours and activities in the term, and no unexcused no-show. */
export function RuleCard({ rule, index, errors, onChange, onRemove }: RuleCardProps) {
  const row = (part: 'title' | 'minHours' | 'minActivities') => ({ name: ruleField(index, part), error: errors[ruleField(index, part)] });
  return (
    <View className="honours-page__card honour-settings__rule">
      <View className="honours-page__card-header">
        <Text className="honours-page__card-title">{rule.title || '评优项目'}</Text>
        <Button variant="text" className="honours-page__link honour-settings__remove-rule" onClick={onRemove}>
          删除
        </Button>
      </View>
      <FormField {...row('title')} label="名称" required className="honour-settings__rule-title">
        <Input className="honours-page__input" value={rule.title} maxlength={20} onInput={(e) => onChange({ title: e.detail.value })} />
      </FormField>
      <FormField {...row('minHours')} label="学期时长≥" required className="honour-settings__rule-hours">
        <Input
          className="honours-page__input"
          type="number"
          value={rule.minHours}
          onInput={(e) => onChange({ minHours: e.detail.value })}
        />
        <Text className="honours-page__line">小时</Text>
      </FormField>
      <FormField {...row('minActivities')} label="参加活动≥" required className="honour-settings__rule-activities">
        <Input
          className="honours-page__input"
          type="number"
          value={rule.minActivities}
          onInput={(e) => onChange({ minActivities: e.detail.value })}
        />
        <Text className="honours-page__line">次</Text>
      </FormField>
      <FormField name={`rule-${index}-no-show`} label="无无故缺席">
        <Switch
          aria-label="无无故缺席"
          checked={rule.noUnexcusedNoShow}
          onChange={(e) => onChange({ noUnexcusedNoShow: e.detail.value })}
        />
      </FormField>
    </View>
  );
}
