import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { MEASURE_DEFINITIONS, type Measures } from '@core/stats-measures';
import { measureText, SCALAR_MEASURES, type ScalarMeasure } from '@core/measure-text';

/** The totals as tiles; tapping one shows its one-line definition under the grid (tapping again hides it). */
export function MeasureGrid({ measures }: { measures: Measures }) {
  const [open, setOpen] = useState<ScalarMeasure | null>(null);
  return (
    <View className="stats-page__card">
      <Text className="stats-page__card-title">总览</Text>
      <View className="stats-measures">
        {SCALAR_MEASURES.map((key) => (
          <View
            key={key}
            className={`stats-measure stats-measure--${key} ${open === key ? 'stats-measure--open' : ''}`}
            onClick={() => setOpen(open === key ? null : key)}
          >
            <Text className="stats-measure__value">{measureText(key, measures)}</Text>
            <Text className="stats-measure__label">{MEASURE_DEFINITIONS[key].label}</Text>
          </View>
        ))}
      </View>
      <Text className={`stats-measures__explain ${open ? 'stats-definition' : 'stats-page__hint'}`}>
        {open ? `${MEASURE_DEFINITIONS[open].label}：${MEASURE_DEFINITIONS[open].definition}` : '点按任一指标，查看它的统计口径。'}
      </Text>
    </View>
  );
}
