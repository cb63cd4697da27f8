import { Picker, Text, View } from '@tarojs/components';
import type { Term } from '@core/activity.types';
import type { ExportRange } from '@core/platform-export';
import { addDays } from '@core/shanghai-time';
import { ChoiceChips } from '@/components/choice-chips';
import { FormField } from '@/components/form-field';
import { daysUpToToday } from '@/format/day-bounds';
import { shanghaiToday } from '@/format/shanghai-day';
import type { FieldErrors } from '@/hooks/field-errors';

const CUSTOM = 'custom';
/** Service entries older than this are not exported to a platform any more. */
const LOOK_BACK_DAYS = 3 * 365;

/** A term, or 自定义日期 from–to. */
export function RangePicker({
  terms,
  range,
  errors,
  onChange,
}: {
  terms: Term[];
  range: ExportRange | null;
  /** The form's errors; `fromDay` / `toDay` show beside their rows. */
  errors: FieldErrors<string>;
  onChange: (range: ExportRange) => void;
}) {
  const today = shanghaiToday();
  const chosen = range === null ? '' : 'termId' in range ? range.termId : CUSTOM;
  const days = range && 'fromDay' in range ? range : { fromDay: today, toDay: today };
  // Days that have passed: the start from three years back, the end from the start, both up to today.
  const bounds = {
    fromDay: daysUpToToday(addDays(today, -LOOK_BACK_DAYS), today),
    toDay: daysUpToToday(days.fromDay, today),
  };
  const dayRow = (key: 'fromDay' | 'toDay', label: string) => (
    <Picker
      mode="date"
      value={days[key]}
      start={bounds[key].start}
      end={bounds[key].end}
      onChange={(event) => onChange({ ...days, [key]: String(event.detail.value) })}
    >
      <FormField name={key} label={label} required error={errors[key]} className={`platform-export__${key}`}>
        <Text className="platform-export__picker-value">{days[key]} ›</Text>
      </FormField>
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
