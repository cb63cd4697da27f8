import { Text, View } from '@tarojs/components';
import type { Dashboard } from '@core/stats.contract';
import { BarMeter } from '@/components/bar-meter';
import { barValueText, percentsOf, type BarMeasure } from './bar-measures';

/** `2026-09` → `9月` (a term spans at most a few months, so the year is clear from the term). */
const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`;

/** The monthly trend of one measure, oldest month first. */
export function TrendBars({ trend, measure }: { trend: Dashboard['trend']; measure: BarMeasure }) {
  const values = trend.map((row) => row.measures[measure]);
  const percents = percentsOf(values);
  return (
    <View className="stats-page__card stats-trend">
      <Text className="stats-page__card-title">月度趋势</Text>
      {trend.length === 0 && <Text className="stats-page__hint">本学期还没有按月的记录。</Text>}
      {trend.map((row, index) => (
        <BarMeter
          key={row.month}
          className="stats-trend__month"
          label={monthLabel(row.month)}
          percent={percents[index]}
          value={barValueText(measure, values[index])}
        />
      ))}
    </View>
  );
}
