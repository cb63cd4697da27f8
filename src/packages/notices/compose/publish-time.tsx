import { Picker, Text, View } from '@tarojs/components';
import { ChoiceChips } from '@/components/choice-chips';
import { shanghaiClock, shanghaiDay } from '@core/shanghai-time';

const DAY_MS = 86_400_000;
export const SCHEDULE_DAYS_MAX = 60;

export interface PublishTime {
  scheduled: boolean;
  /** Asia/Shanghai `YYYY-MM-DD` and `HH:mm`. */
  date: string;
  time: string;
}

const shanghaiDate = (ms: number) => shanghaiDay(new Date(ms));

/** Tomorrow 09:00 on campus: a valid default once 定时发布 is chosen. */
export const defaultPublishTime = (): PublishTime => ({ scheduled: false, date: shanghaiDate(Date.now() + DAY_MS), time: '09:00' });

/** From a saved `publishAt` (a draft's); a past or missing time means 立即发布. */
export function publishTimeFrom(publishAt: string | null): PublishTime {
  if (!publishAt || Date.parse(publishAt) <= Date.now()) return defaultPublishTime();
  const at = new Date(publishAt);
  return { scheduled: true, date: shanghaiDay(at), time: shanghaiClock(at) };
}

/** The ISO time with the campus offset (China has no daylight saving). */
export const publishAtOf = (value: PublishTime) => (value.scheduled ? `${value.date}T${value.time}:00+08:00` : undefined);

export function publishTimeProblem(value: PublishTime): string | null {
  const at = publishAtOf(value);
  if (!at) return null;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return '请选择发布时间';
  if (ms <= Date.now() + 60_000) return '定时发布的时间应晚于现在';
  if (ms >= Date.now() + SCHEDULE_DAYS_MAX * DAY_MS) return `定时发布最多提前 ${SCHEDULE_DAYS_MAX} 天`;
  return null;
}

/** 立即发布 or 定时发布 with a date and a time picker, in Asia/Shanghai. */
export function PublishTimeField({ value, onChange }: { value: PublishTime; onChange: (value: PublishTime) => void }) {
  return (
    <View className="notice-field">
      <Text className="notice-field__label">发布时间</Text>
      <ChoiceChips
        choices={[
          { value: 'now', label: '立即发布', className: 'publish-time--now' },
          { value: 'later', label: '定时发布', className: 'publish-time--later' },
        ]}
        value={value.scheduled ? 'later' : 'now'}
        onChange={(choice) => onChange({ ...value, scheduled: choice === 'later' })}
      />
      {value.scheduled && (
        <View className="notice-schedule">
          <Picker
            mode="date"
            value={value.date}
            start={shanghaiDate(Date.now())}
            end={shanghaiDate(Date.now() + (SCHEDULE_DAYS_MAX - 1) * DAY_MS)}
            onChange={(e) => onChange({ ...value, date: String(e.detail.value) })}
          >
            <Text className="notice-field__input notice-schedule__date">{value.date}</Text>
          </Picker>
          <Picker
            mode="time"
            value={value.time}
            start={value.date === shanghaiDate(Date.now()) ? shanghaiClock(new Date()) : '00:00'}
            end="23:59"
            onChange={(e) => onChange({ ...value, time: String(e.detail.value) })}
          >
            <Text className="notice-field__input notice-schedule__time">{value.time}</Text>
          </Picker>
          <Text className="notice-card__line">北京时间，到点自动发布并推送</Text>
        </View>
      )}
    </View>
  );
}
