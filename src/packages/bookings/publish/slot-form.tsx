import { useEffect, useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/button';
import { addDays } from '@core/shanghai-time';
import type { BookableService } from '@core/booking.types';
import { ChoiceChips } from '@/components/choice-chips';
import { FormField } from '@/components/form-field';
import { daysFrom, planningDays } from '@/format/day-bounds';
import { shanghaiToday } from '@/format/shanghai-day';
import { toastSuccessAfter, toastMessage } from '@/feedback/toast';
import type { FieldErrors } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { publishSlots } from '@/services/bookings';

export interface SlotFormProps {
  /** The leader's team's services, one of which the slots are for. */
  services: BookableService[];
}

const MAX_CAPACITY = 50;
const MAX_REPEAT_WEEKS = 26;

const fieldOrder = ['day', 'start', 'end', 'capacity', 'place', 'until'] as const;
type SlotField = (typeof fieldOrder)[number];

/** Each field's problem, in the server's words. */
function slotErrors(form: {
  start: string;
  end: string;
  capacity: string;
  repeat: boolean;
  day: string;
  until: string;
}): FieldErrors<SlotField> {
  const errors: FieldErrors<SlotField> = {};
  const capacity = Number(form.capacity);
  if (form.end <= form.start) errors.end = '结束时间应晚于开始时间';
  if (!/^\d+$/.test(form.capacity) || capacity < 1 || capacity > MAX_CAPACITY) errors.capacity = `名额应为 1–${MAX_CAPACITY} 的整数`;
  if (form.repeat && form.until < form.day) errors.until = '重复截止日期应不早于首次日期';
  return errors;
}

/** One slot, or the same weekday and time every week through a date (Asia/Shanghai times). */
export function SlotForm({ services }: SlotFormProps) {
  const today = shanghaiToday();
  const [serviceId, setServiceId] = useState(services[0]?.serviceId ?? '');
  const [day, setDay] = useState(addDays(today, 1));
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('10:00');
  const [capacity, setCapacity] = useState('3');
  const [place, setPlace] = useState('');
  const [repeat, setRepeat] = useState(false);
  const [until, setUntil] = useState(addDays(today, 29));
  const [sending, setSending] = useState(false);
  const service = services.find((entry) => entry.serviceId === serviceId);
  const fieldErrors = useFieldErrors(fieldOrder);
  const { errors, recheck } = fieldErrors;
  const days = planningDays(today);
  const untilDays = daysFrom(day, MAX_REPEAT_WEEKS * 7);
  useEffect(() => recheck(slotErrors({ start, end, capacity, repeat, day, until })), [start, end, capacity, repeat, day, until, recheck]);

  async function submit() {
    if (sending || !service) return;
    if (fieldErrors.show(slotErrors({ start, end, capacity, repeat, day, until }))) return;
    setSending(true);
    const reply = await publishSlots({
      serviceId,
      day,
      start,
      end,
      capacity: Number(capacity),
      ...(place.trim() ? { place: place.trim() } : {}),
      ...(repeat ? { repeatUntil: until } : {}),
    });
    setSending(false);
    if (!reply.ok) {
      toastMessage(reply.message);
      return;
    }
    const skipped = reply.data.skipped.length ? `，${reply.data.skipped.length} 个已存在的时段已跳过` : '';
    void toastSuccessAfter(`已发布 ${reply.data.slots.length} 个时段${skipped}`, () => Taro.navigateBack());
  }

  const pickerRow = (
    name: SlotField,
    label: string,
    mode: 'date' | 'time',
    value: string,
    onPick: (value: string) => void,
    bounds: { start: string; end: string },
  ) => (
    <Picker mode={mode} value={value} start={bounds.start} end={bounds.end} onChange={(e) => onPick(String(e.detail.value))}>
      <FormField name={name} label={label} required error={errors[name]} className={`slot-form__${name}`}>
        <Text className="bookings-page__picker-value">{value}</Text>
      </FormField>
    </Picker>
  );

  return (
    <View className="slot-form">
      <Text className="bookings-page__section">服务项目</Text>
      <ChoiceChips
        value={serviceId}
        choices={services.map((entry) => ({
          value: entry.serviceId,
          label: entry.name,
          className: `slot-form__service--${entry.serviceId}`,
        }))}
        onChange={setServiceId}
      />
      <View className="bookings-page__card">
        {pickerRow('day', repeat ? '首次日期' : '日期', 'date', day, setDay, days)}
        {pickerRow('start', '开始时间', 'time', start, setStart, { start: '00:00', end: '23:59' })}
        {pickerRow('end', '结束时间', 'time', end, setEnd, { start, end: '23:59' })}
        <FormField name="capacity" label="名额" required error={errors.capacity} className="slot-form__capacity">
          <Input
            className="bookings-page__input"
            type="number"
            value={capacity}
            maxlength={2}
            onInput={(e) => setCapacity(e.detail.value)}
          />
        </FormField>
        <FormField name="place" label="地点" className="slot-form__place">
          <Input
            className="bookings-page__input"
            value={place}
            maxlength={40}
            placeholder={service?.place ?? '默认为服务地点'}
            onInput={(e) => setPlace(e.detail.value)}
          />
        </FormField>
        <ChoiceChips
          value={repeat ? 'weekly' : 'once'}
          choices={[
            { value: 'once', label: '单次', className: 'slot-form__repeat--once' },
            { value: 'weekly', label: '每周重复', className: 'slot-form__repeat--weekly' },
          ]}
          onChange={(value) => setRepeat(value === 'weekly')}
        />
        {repeat && pickerRow('until', '重复至', 'date', until, setUntil, untilDays)}
        {repeat && <Text className="bookings-page__hint">每周同一天、同一时间发布，最多 {MAX_REPEAT_WEEKS} 周</Text>}
      </View>
      <Button className="bookings-page__submit slot-form__submit" variant="primary" disabled={sending || !service} onClick={submit}>
        {sending ? '发布中…' : '发布'}
      </Button>
    </View>
  );
}
