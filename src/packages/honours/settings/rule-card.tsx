import { Input, Switch, Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { RuleDraft } from './settings-draft';

export interface RuleCardProps {
  rule: RuleDraft;
  onChange: (changes: Partial<RuleDraft>) => void;
  onRemove: () => void;
}

/** One nomination rule: the honour's name, minimum verified hours and activities in the term, and no unexcused no-show. */
export function RuleCard({ rule, onChange, onRemove }: RuleCardProps) {
  return (
    <View className="honours-page__card honour-settings__rule">
      <View className="honours-page__card-header">
        <Text className="honours-page__card-title">{rule.title || '评优项目'}</Text>
        <Button variant="text" className="honours-page__link honour-settings__remove-rule" onClick={onRemove}>
          删除
        </Button>
      </View>
      <View className="honours-page__field">
        <Text className="honours-page__label">名称</Text>
        <Input
          className="honours-page__input honour-settings__rule-title"
          value={rule.title}
          maxlength={20}
          onInput={(e) => onChange({ title: e.detail.value })}
        />
      </View>
      <View className="honours-page__field">
        <Text className="honours-page__label">学期时长≥</Text>
        <Input
          className="honours-page__input honour-settings__rule-hours"
          type="number"
          value={rule.minHours}
          onInput={(e) => onChange({ minHours: e.detail.value })}
        />
        <Text className="honours-page__line">小时</Text>
      </View>
      <View className="honours-page__field">
        <Text className="honours-page__label">参加活动≥</Text>
        <Input
          className="honours-page__input honour-settings__rule-activities"
          type="number"
          value={rule.minActivities}
          onInput={(e) => onChange({ minActivities: e.detail.value })}
        />
        <Text className="honours-page__line">次</Text>
      </View>
      <View className="honours-page__field">
        <Text className="honours-page__label">无无故缺席</Text>
        <Switch checked={rule.noUnexcusedNoShow} onChange={(e) => onChange({ noUnexcusedNoShow: e.detail.value })} />
      </View>
    </View>
  );
}
