import { Picker, Text, View } from '@tarojs/components';
import { FormField } from '@/components/form-field';

export interface DayClockPickerProps {
  /** `YYYY-MM-DD`, or '' while none is chosen. */
  day: string;
  /** `HH:mm` */
  clock: string;
  onChange: (day: string, clock: string) => void;
  /** A class for tests to address this pair. */
  className: string;
  /** Shown instead of the day until one is chosen. @default '选择日期' */
  placeholder?: string;
  /** The earliest day offered (`YYYY-MM-DD`): every picker is bounded (src/format/day-bounds.ts). */
  startDay: string;
  /** The latest day offered (`YYYY-MM-DD`). */
  endDay: string;
}

/** A Shanghai day and a clock time as two native pickers (the same on weapp and H5). */
export function DayClockPicker({ day, clock, onChange, className, placeholder = '选择日期', startDay, endDay }: DayClockPickerProps) {
  return (
    <View className={`day-clock ${className}`}>
      <Picker mode="date" value={day} start={startDay} end={endDay} onChange={(e) => onChange(String(e.detail.value), clock)}>
        <Text className={`activity-admin__picker day-clock__day ${day ? '' : 'activity-admin__picker--empty'}`}>{day || placeholder}</Text>
      </Picker>
      <Picker mode="time" value={clock} onChange={(e) => onChange(day, String(e.detail.value))}>
        <Text className="activity-admin__picker day-clock__clock">{clock}</Text>
      </Picker>
    </View>
  );
}

export interface DayClockFieldProps extends DayClockPickerProps {
  label: string;
  /** The row's key in the form's field errors. */
  name: string;
  error?: string;
  required?: boolean;
}

/** A form row: a label and its DayClockPicker, its error beside it. */
export function DayClockField({ label, name, error, required, ...picker }: DayClockFieldProps) {
  return (
    <FormField name={name} label={label} required={required} error={error}>
      <DayClockPicker {...picker} />
    </FormField>
  );
}
