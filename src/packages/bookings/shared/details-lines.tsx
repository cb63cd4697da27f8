import { Text } from '@tarojs/components';
import type { BookingDetails } from '@core/booking.types';

export interface DetailsLinesProps {
  /** The car or PC the booker described. */
  details: BookingDetails;
}

/** 车牌 / 车型 / 颜色, or 品牌 / 故障: what the volunteer needs before the job. */
export function DetailsLines({ details }: DetailsLinesProps) {
  if (details.kind === 'car') {
    return (
      <>
        <Text className="bookings-page__card-line booking-details__plate">车牌：{details.plate}</Text>
        <Text className="bookings-page__card-line">
          车型：{details.model} · {details.colour}
        </Text>
      </>
    );
  }
  if (details.kind === 'pc') {
    return (
      <>
        <Text className="bookings-page__card-line">电脑：{details.brand}</Text>
        <Text className="bookings-page__card-line">故障：{details.symptom}</Text>
      </>
    );
  }
  return null;
}
