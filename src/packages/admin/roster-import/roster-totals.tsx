import { Text, View } from '@tarojs/components';
import type { RosterSummary } from '@core/roster.contract';

export interface RosterTotalsProps {
  summary: RosterSummary;
}

/** 新增 / 更新 / 不变 / 有问题, as four figures. */
export function RosterTotals({ summary }: RosterTotalsProps) {
  const totals = [
    { key: 'created', label: '新增', value: summary.created },
    { key: 'updated', label: '更新', value: summary.updated },
    { key: 'unchanged', label: '不变', value: summary.unchanged },
    { key: 'problems', label: '有问题', value: summary.problemCount },
  ];
  return (
    <View className="roster-import__totals">
      {totals.map((total) => (
        <View key={total.key} className={`roster-import__total roster-import__total--${total.key}`}>
          <Text className="roster-import__total-value">{total.value}</Text>
          <Text className="roster-import__total-label">{total.label}</Text>
        </View>
      ))}
    </View>
  );
}
