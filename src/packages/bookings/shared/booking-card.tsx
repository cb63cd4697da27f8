import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Booking } from '@core/booking.types';
import { routes } from '@/navigation/routes';
import { DetailsLines } from './details-lines';
import { StatusTag } from './status-tag';
import { slotText } from '@core/date-words';

export interface BookingCardProps {
  booking: Booking;
  /** Show who booked (staff lists) rather than who serves (the booker's own list). @default false */
  showBooker?: boolean;
}

/** One booking in a list; tapping opens its detail, where every action lives. */
export function BookingCard({ booking, showBooker = false }: BookingCardProps) {
  const cancelReason =
    booking.status === 'cancelled' ? [...booking.history].reverse().find((entry) => entry.to === 'cancelled')?.reason : null;
  const open = () => Taro.navigateTo({ url: `${routes.booking}?bookingId=${encodeURIComponent(booking.bookingId)}` });
  return (
    <View className="bookings-page__card booking-card" onClick={open}>
      <View className="bookings-page__card-header">
        <Text className="bookings-page__card-title">{booking.serviceName}</Text>
        <StatusTag status={booking.status} />
      </View>
      <Text className="bookings-page__card-line">{slotText(booking)}</Text>
      <Text className="bookings-page__card-line">{booking.place}</Text>
      {showBooker ? (
        <>
          <Text className="bookings-page__card-line">预约人：{booking.bookerName}</Text>
          <DetailsLines details={booking.details} />
        </>
      ) : (
        <Text className="bookings-page__card-line">志愿者：{booking.volunteer?.name ?? '待安排'}</Text>
      )}
      {cancelReason && <Text className="bookings-page__card-line booking-card__cancel-reason">取消原因：{cancelReason}</Text>}
    </View>
  );
}
