import { Text, View } from '@tarojs/components';
import { MEASURE_DEFINITIONS, type Measures } from '@core/stats-measures';
import { BarMeter } from '@/components/bar-meter';
import { percentsOf } from './bar-measures';

/** The 1–5 distribution, 5 分 on top, with the average and how many ratings it rests on. */
export function RatingBars({ measures }: { measures: Measures }) {
  const counts = [...measures.ratingDistribution].reverse();
  const percents = percentsOf(counts);
  const total = counts.reduce((sum, n) => sum + n, 0);
  return (
    <View className="stats-page__card stats-ratings">
      <Text className="stats-page__card-title">评分分布</Text>
      <Text className="stats-page__line stats-ratings__summary">
        {total === 0 ? '还没有服务评价。' : `共 ${total} 条评价，平均 ${measures.averageRating ?? '—'} 分`}
      </Text>
      {counts.map((count, index) => (
        <BarMeter
          key={5 - index}
          className={`stats-ratings__score stats-ratings__score--${5 - index}`}
          label={`${5 - index} 分`}
          percent={percents[index]}
          value={`${count} 条`}
        />
      ))}
      <Text className="stats-page__hint">{MEASURE_DEFINITIONS.ratingDistribution.definition}</Text>
    </View>
  );
}
