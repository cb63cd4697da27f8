import { Text, View } from '@tarojs/components';
import { bookingStatusLabels } from '@core/booking-status';
import type { ActorRole, BookingHistoryEntry } from '@core/booking.types';
import { momentText } from '@core/date-words';

export interface HistoryListProps {
  /** Oldest first, as the server records them. */
  history: BookingHistoryEntry[];
}

const actorLabels: Record<ActorRole, string> = { booker: '预约人', volunteer: '志愿者', leader: '队长', system: '系统' };

/** Every status change with who and when: the booking's paper trail. */
export function HistoryList({ history }: HistoryListProps) {
  return (
    <View className="bookings-page__card booking-history">
      {[...history].reverse().map((entry) => (
        <View key={`${entry.at}-${entry.to}`} className={`booking-history__entry booking-history__entry--${entry.to}`}>
          <Text className="bookings-page__card-line">
            {momentText(entry.at)} · {bookingStatusLabels[entry.to]}（{actorLabels[entry.byRole]}）
          </Text>
          {entry.reason && <Text className="bookings-page__card-line">原因：{entry.reason}</Text>}
        </View>
      ))}
    </View>
  );
}
