import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { SubscribeButton } from '@/components/subscribe-button';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { BookingActions } from './booking-actions';
import { BookingSummary } from './booking-summary';
import { HistoryList } from './history-list';
import { loadBooking, viewerOf, type BookingView } from './load-booking';
import '../shared/bookings-page.scss';
import './index.scss';

/** A volunteer given the job by the leader (被指派) had no tap of their own: this one asks for the reminder. */
function AssignedReminder({ view }: { view: BookingView }) {
  const { booking } = view;
  if (!viewerOf(view).isAssigned || booking.status !== 'confirmed' || Date.now() >= Date.parse(booking.startAt)) return null;
  return <SubscribeButton className="booking-page__subscribe" moment="jobClaim" label="订阅开工提醒" hint="服务开始前推送工单提醒到微信" />;
}

/** 预约详情: one page for the booker, the volunteer and the leader; each sees their own actions. */
export default function BookingPage() {
  useSignInRequired();
  const bookingId = decodeURIComponent(useRouter().params.bookingId ?? '');
  const load = useCallback(() => loadBooking(bookingId), [bookingId]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);

  // Back from 完成服务: the job is done now.
  useReloadOnReturn(reload);

  if (state.status === 'loading')
    return (
      <View className="bookings-page">
        <Skeleton rows={8} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  return (
    <View className="bookings-page booking-page">
      <BookingSummary booking={state.data.booking} photoUrls={state.data.photoUrls} />
      <AssignedReminder view={state.data} />
      <BookingActions view={state.data} reload={reload} />
      <Text className="bookings-page__section">进度</Text>
      <HistoryList history={state.data.booking.history} />
    </View>
  );
}
