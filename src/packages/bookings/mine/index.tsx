import { useCallback } from 'react';
import { View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { myBookings } from '@/services/bookings';
import emptyImage from '@/assets/empty/services.svg';
import { BookingCard } from '../shared/booking-card';
import '../shared/bookings-page.scss';

const PAGE_SIZE = 20;

/** 我的预约: the caller's bookings, latest slot first, 20 at a time. */
export default function MyBookingsPage() {
  useSignInRequired();
  const loadPage = useCallback((cursor?: string) => myBookings({ limit: PAGE_SIZE, cursor }), []);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());

  // Back from a booking's detail (cancelled, rated): show its new status.
  useReloadOnReturn(refresh);

  return (
    <View className="bookings-page my-bookings">
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <EmptyState image={emptyImage} title="还没有预约" hint="在“服务”页选择服务队发布的时段即可预约" />
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <>
          {state.items.map((booking) => (
            <BookingCard key={booking.bookingId} booking={booking} />
          ))}
          <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
        </>
      )}
    </View>
  );
}
