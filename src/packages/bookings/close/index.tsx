import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { loadBooking, viewerOf } from '../booking/load-booking';
import { RecordForm } from './record-form';
import '../shared/bookings-page.scss';
import { slotText } from '@core/date-words';

/** 完成服务: closes an in-service job with its service record. */
export default function CloseJobPage() {
  useSignInRequired();
  const bookingId = decodeURIComponent(useRouter().params.bookingId ?? '');
  const load = useCallback(() => loadBooking(bookingId), [bookingId]);
  const { state, reload } = useEnvelopeLoader(load);

  if (state.status === 'loading')
    return (
      <View className="bookings-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { booking } = state.data;
  // Only a leader may read the team's roster (teamVolunteers), so only a leader adds other volunteers.
  const { isLeader } = viewerOf(state.data);
  return (
    <View className="bookings-page close-page">
      <View className="bookings-page__card">
        <Text className="bookings-page__card-title">{booking.serviceName}</Text>
        <Text className="bookings-page__card-line">{slotText(booking)}</Text>
        <Text className="bookings-page__card-line">预约人：{booking.bookerName}</Text>
      </View>
      <RecordForm booking={booking} isLeader={isLeader} />
    </View>
  );
}
