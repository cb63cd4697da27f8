import { useCallback } from 'react';
import { Text } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { BookingStatus } from '@core/booking-status';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { teamBookings } from '@/services/bookings';
import emptyImage from '@/assets/empty/services.svg';
import { BookingCard } from '../shared/booking-card';

export interface TeamBookingsListProps {
  teamId: string;
  /** Only bookings in this status; all when absent. */
  status?: BookingStatus;
}

/** The team's bookings from today through the booking horizon (the server's default range). */
export function TeamBookingsList({ teamId, status }: TeamBookingsListProps) {
  const load = useCallback(() => teamBookings({ teamId, ...(status ? { status } : {}) }), [teamId, status]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);
  useReloadOnReturn(reload);

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.data.bookings.length)
    return <EmptyState image={emptyImage} title="暂无预约" hint="发布时段后，老师的预约会出现在这里，下拉可刷新" />;
  return (
    <>
      <Text className="bookings-page__hint">共 {state.data.bookings.length} 条，点开可指派志愿者或确认服务记录</Text>
      {state.data.bookings.map((booking) => (
        <BookingCard key={booking.bookingId} booking={booking} showBooker />
      ))}
    </>
  );
}
