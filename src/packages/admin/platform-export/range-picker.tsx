import { Picker, Text, View } from '@tarojs/components';
import type { Term } from '@core/activity.types';
import type { ExportRange } from '@core/platform-export';
import { ChoiceChips } from '@/components/choice-chips';

const CUSTOM = 'custom';

/** A term, or 自定义日期 from–to. */
export function RangePicker({
  terms,
  range,
  onChange,
}: {
  terms: Term[];
  range: ExportRange | null;
  onChange: (range: ExportRange) => void;
}) {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const chosen = range === null ? '' : 'termId' in range ? range.termId : CUSTOM;
  const days = range && 'fromDay' in range ? range : { fromDay: today, toDay: today };
  const dayRow = (key: 'fromDay' | 'toDay', label: string) => (
    <Picker mode="date" value={days[key]} onChange={(event) => onChange({ ...days, [key]: String(event.detail.value) })}>
      <View className={`platform-export__field platform-export__${key}`}>
        <Text className="platform-export__label">{label}</Text>
        <Text className="platform-export__picker-value">{days[key]} ›</Text>
      </View>
    </Picker>
  );
  return (
    <View className="admin-page__card">
      <Text className="admin-page__card-title">时间范围</Text>
      <ChoiceChips
        choices={[
          ...terms.map((term) => ({ value: term.termId, label: term.name, className: `platform-export__term--${term.termId}` })),
          { value: CUSTOM, label: '自定义日期', className: 'platform-export__term--custom' },
        ]}
        value={chosen}
        onChange={(value) => onChange(value === CUSTOM ? days : { termId: value })}
      />
      {chosen === CUSTOM && (
        <>
          {dayRow('fromDay', '开始日期')}
          {dayRow('toDay', '结束日期')}
        </>
      )}
    </View>
  );
}
