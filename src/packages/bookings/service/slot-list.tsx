import { Text, View } from '@tarojs/components';
import type { Slot } from '@core/booking.types';

export interface SlotListProps {
  /** The chosen day's slots. */
  slots: Slot[];
  onPick: (slot: Slot) => void;
}

/** Why a slot cannot be booked, in the booker's words. */
function unavailableReason(slot: Slot): string {
  if (slot.status === 'cancelled') return '已取消';
  if (slot.remaining <= 0) return '已约满';
  if (Date.now() < Date.parse(slot.bookableFrom)) return '未开放';
  return '已截止';
}

/** The day's slots with seats left; full or closed ones are shown but cannot be tapped. */
export function SlotList({ slots, onPick }: SlotListProps) {
  if (!slots.length) return <Text className="bookings-page__hint">这一天没有可预约的时段，换一天看看</Text>;
  return (
    <View className="slot-list">
      {slots.map((slot) => (
        <View
          key={slot.slotId}
          className={`slot-list__slot slot-list__slot--${slot.startClock.replace(':', '')} ${slot.bookable ? '' : 'slot-list__slot--disabled'}`}
          onClick={slot.bookable ? () => onPick(slot) : undefined}
        >
          <Text className="slot-list__time">
            {slot.startClock}–{slot.endClock}
          </Text>
          <Text className="slot-list__place">{slot.place}</Text>
          <Text className="slot-list__seats">{slot.bookable ? `余 ${slot.remaining} 位` : unavailableReason(slot)}</Text>
        </View>
      ))}
    </View>
  );
}
