import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { BookingForm } from './booking-form';
import { loadSlot } from './load-slot';
import '../shared/bookings-page.scss';
import { slotText } from '@core/date-words';

/** 填写预约: the chosen slot on top, the car or PC form below. */
export default function BookPage() {
  useSignInRequired();
  const { serviceId = '', slotId = '', day = '' } = useRouter().params;
  const load = useCallback(() => loadSlot(serviceId, slotId, day), [serviceId, slotId, day]);
  const { state, reload } = useEnvelopeLoader(load);

  if (state.status === 'loading')
    return (
      <View className="bookings-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const slot = state.data;
  return (
    <View className="bookings-page book-page">
      <View className="bookings-page__card">
        <Text className="bookings-page__card-title">{slot.serviceName}</Text>
        <Text className="bookings-page__card-line book-page__time">{slotText(slot)}</Text>
        <Text className="bookings-page__card-line">{slot.place}</Text>
        <Text className="bookings-page__card-line">剩余 {slot.remaining} 个名额</Text>
      </View>
      <BookingForm slot={slot} />
    </View>
  );
}
