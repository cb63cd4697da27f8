import { useCallback, useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { Slot } from '@core/booking.types';
import { ErrorState } from '@/components/error-state';
import { nextShanghaiDays } from '@/format/shanghai-day';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { DayStrip } from '../shared/day-strip';
import { loadService } from './load-service';
import { SlotList } from './slot-list';
import '../shared/bookings-page.scss';
import './index.scss';

const CALENDAR_DAYS = 14;

/** Service detail and slot picker: what to expect, then a day and a time with seats left. */
export default function ServicePage() {
  useSignInRequired();
  const serviceId = useRouter().params.serviceId ?? '';
  const load = useCallback(() => loadService(serviceId), [serviceId]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);
  const days = useMemo(() => nextShanghaiDays(CALENDAR_DAYS), []);
  const [chosenDay, setChosenDay] = useState('');

  if (state.status === 'loading')
    return (
      <View className="bookings-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;

  const { service, slots } = state.data;
  const seatsOf = (day: string) => {
    const open = slots.filter((slot) => slot.day === day && slot.bookable);
    if (open.length) return `余 ${open.reduce((sum, slot) => sum + slot.remaining, 0)} 位`;
    return slots.some((slot) => slot.day === day) ? '已约满' : undefined;
  };
  // Until the user picks, show the first day that still has seats.
  const day = chosenDay || days.find((entry) => slots.some((slot) => slot.day === entry && slot.bookable)) || days[0];
  const pick = (slot: Slot) =>
    Taro.navigateTo({ url: `${routes.bookingForm}?serviceId=${service.serviceId}&slotId=${slot.slotId}&day=${slot.day}` });

  return (
    <View className="bookings-page service-page">
      <View className="bookings-page__card">
        <Text className="bookings-page__card-title">{service.name}</Text>
        <Text className="bookings-page__card-line">{service.description}</Text>
        <Text className="bookings-page__card-line">时长：约 {service.durationMinutes} 分钟</Text>
        <Text className="bookings-page__card-line">地点：{service.place}</Text>
        <Text className="bookings-page__card-line">请携带：{service.bring || '无'}</Text>
        <Text className="bookings-page__card-line">
          开始前 {Math.round(service.window.minLeadMinutes / 60)} 小时截止预约，可提前 {service.window.maxAheadDays} 天预约
        </Text>
      </View>
      <Text className="bookings-page__section">选择日期</Text>
      <DayStrip days={days} value={day} onChange={setChosenDay} noteOf={seatsOf} />
      <Text className="bookings-page__section">选择时段</Text>
      <SlotList slots={slots.filter((slot) => slot.day === day)} onPick={pick} />
    </View>
  );
}
