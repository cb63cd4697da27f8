import { ScrollView, Text, View } from '@tarojs/components';
import './day-strip.scss';
import { monthDayText, pickerDayWord } from '@core/date-words';

export interface DayStripProps {
  /** The days to offer, `YYYY-MM-DD` in Asia/Shanghai. */
  days: string[];
  value: string;
  onChange: (day: string) => void;
  /** A short note under each day, e.g. 余 3 位; days without one read 无时段. */
  noteOf?: (day: string) => string | undefined;
}

/** A horizontal calendar of days, the way WeChat booking pages pick a date. */
export function DayStrip({ days, value, onChange, noteOf }: DayStripProps) {
  return (
    <ScrollView className="day-strip" scrollX enhanced showScrollbar={false}>
      {days.map((day) => {
        const note = noteOf ? noteOf(day) : undefined;
        return (
          <View
            key={day}
            className={`day-strip__day day-strip__day--${day} ${day === value ? 'day-strip__day--active' : ''} ${noteOf && !note ? 'day-strip__day--empty' : ''}`}
            onClick={() => onChange(day)}
          >
            <Text className="day-strip__weekday">{pickerDayWord(day)}</Text>
            <Text className="day-strip__date">{monthDayText(day)}</Text>
            {noteOf && <Text className="day-strip__note">{note ?? '无时段'}</Text>}
          </View>
        );
      })}
    </ScrollView>
  );
}
