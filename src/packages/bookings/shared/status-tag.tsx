import { Text } from '@tarojs/components';
import { bookingStatusLabels, type BookingStatus } from '@core/booking-status';

export interface StatusTagProps {
  /** The booking's status; the label comes from core so the server and app use the same words. */
  status: BookingStatus;
}

/** 待确认 / 已确认 / 服务中 … as a small pill. */
export function StatusTag({ status }: StatusTagProps) {
  return <Text className={`booking-status booking-status--${status}`}>{bookingStatusLabels[status]}</Text>;
}
