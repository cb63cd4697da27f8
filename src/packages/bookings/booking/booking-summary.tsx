import { Image, Text, View } from '@tarojs/components';
import type { Booking } from '@core/booking.types';
import { DetailsLines } from '../shared/details-lines';
import { StatusTag } from '../shared/status-tag';
import { momentText, slotText } from '@core/date-words';

export interface BookingSummaryProps {
  booking: Booking;
  /** Readable URLs of the booking's photos, by fileID. @default {} */
  photoUrls?: Record<string, string>;
}

/** What, when, where, for whom and by whom; the service record and rating once they exist. */
export function BookingSummary({ booking, photoUrls = {} }: BookingSummaryProps) {
  const { record, rating } = booking;
  return (
    <>
      <View className="bookings-page__card booking-summary">
        <View className="bookings-page__card-header">
          <Text className="bookings-page__card-title">{booking.serviceName}</Text>
          <StatusTag status={booking.status} />
        </View>
        <Text className="bookings-page__card-line">{slotText(booking)}</Text>
        <Text className="bookings-page__card-line">地点：{booking.place}</Text>
        <Text className="bookings-page__card-line">预约人：{booking.bookerName}</Text>
        <DetailsLines details={booking.details} />
        {booking.note && <Text className="bookings-page__card-line">备注：{booking.note}</Text>}
        {booking.photos.some((fileId) => photoUrls[fileId]) && (
          <View className="booking-summary__photos">
            {booking.photos
              .filter((fileId) => photoUrls[fileId])
              .map((fileId) => (
                <Image key={fileId} className="booking-summary__photo" src={photoUrls[fileId]} mode="aspectFill" />
              ))}
          </View>
        )}
        <Text className="bookings-page__card-line booking-summary__volunteer">志愿者：{booking.volunteer?.name ?? '待安排'}</Text>
        {(booking.status === 'submitted' || booking.status === 'confirmed') && (
          <Text className="bookings-page__hint">可在 {momentText(booking.cancellableUntil)} 前自行取消</Text>
        )}
      </View>
      {record && (
        <View className="bookings-page__card booking-record">
          <Text className="bookings-page__card-title">服务记录</Text>
          <Text className="bookings-page__card-line">{record.summary}</Text>
          {record.minutes.map((row) => (
            <Text key={row.openid} className="bookings-page__card-line">
              {row.name}：{row.minutes} 分钟
            </Text>
          ))}
          <Text className="bookings-page__card-line booking-record__verified">
            {record.verifiedAt ? `队长已确认（${momentText(record.verifiedAt)}），时长已计入` : '待队长确认后计入志愿时长'}
          </Text>
        </View>
      )}
      {rating && (
        <View className="bookings-page__card booking-rating">
          <Text className="bookings-page__card-title">评价</Text>
          <Text className="bookings-page__card-line booking-rating__score">
            {'★'.repeat(rating.score)}
            {'☆'.repeat(5 - rating.score)}
          </Text>
          {rating.comment && <Text className="bookings-page__card-line">{rating.comment}</Text>}
        </View>
      )}
    </>
  );
}
