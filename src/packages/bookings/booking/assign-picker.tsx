import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { Booking } from '@core/booking.types';
import { ChoiceChips } from '@/components/choice-chips';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { teamVolunteers } from '@/services/bookings';

export interface AssignPickerProps {
  booking: Booking;
  /** True while an assignment is being sent. @default false */
  sending?: boolean;
  onAssign: (volunteerOpenid: string) => void;
}

/** Leader: choose one of the team's volunteers for the job (re-assigning is allowed until it starts). */
export function AssignPicker({ booking, sending = false, onAssign }: AssignPickerProps) {
  const load = useCallback(() => teamVolunteers(booking.teamId), [booking.teamId]);
  const { state } = useEnvelopeLoader(load);
  const [chosen, setChosen] = useState(booking.volunteer?.openid ?? '');

  return (
    <View className="bookings-page__card assign-picker">
      <Text className="bookings-page__card-title">{booking.volunteer ? '改派志愿者' : '指派志愿者'}</Text>
      {state.status === 'loading' && <Text className="bookings-page__hint">正在读取队员…</Text>}
      {state.status === 'failed' && <Text className="bookings-page__error">{state.message}</Text>}
      {state.status === 'ready' && (
        <ChoiceChips
          value={chosen}
          choices={state.data.volunteers.map((volunteer) => ({
            value: volunteer.openid,
            label: volunteer.role === 'leader' ? `${volunteer.name}（队长）` : volunteer.name,
            className: `assign-picker__volunteer assign-picker__volunteer--${volunteer.openid}`,
          }))}
          onChange={setChosen}
        />
      )}
      <Button
        className="assign-picker__submit"
        variant="primary"
        disabled={!chosen || chosen === booking.volunteer?.openid || sending}
        onClick={() => onAssign(chosen)}
      >
        {sending ? '提交中…' : '确认指派'}
      </Button>
    </View>
  );
}
