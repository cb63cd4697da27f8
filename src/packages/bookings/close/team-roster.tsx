import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import type { TeamVolunteer } from '@core/booking.types';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { teamVolunteers } from '@/services/bookings';
import '@/components/choice-chips/index.scss';

export interface TeamRosterProps {
  teamId: string;
  /** Openids already in the record: not offered again. */
  exclude: string[];
  onAdd: (volunteer: TeamVolunteer) => void;
}

/** Leader: the team's other volunteers as chips; a tap adds a minutes row for one. */
export function TeamRoster({ teamId, exclude, onAdd }: TeamRosterProps) {
  const load = useCallback(() => teamVolunteers(teamId), [teamId]);
  const { state, reload } = useEnvelopeLoader(load);
  if (state.status === 'loading') return <Text className="bookings-page__hint">正在读取队员…</Text>;
  if (state.status === 'failed')
    return (
      <Text className="bookings-page__error" onClick={() => void reload()}>
        {state.message}（点此重试）
      </Text>
    );
  const others = state.data.volunteers.filter((volunteer) => !exclude.includes(volunteer.openid));
  if (!others.length) return <Text className="bookings-page__hint">本队其他队员都已添加</Text>;
  return (
    <View className="choice-chips team-roster">
      {others.map((volunteer) => (
        <Chip
          key={volunteer.openid}
          className={`choice-chips__chip team-roster__volunteer team-roster__volunteer--${volunteer.openid}`}
          onClick={() => onAdd(volunteer)}
        >
          ＋ {volunteer.name}
        </Chip>
      ))}
    </View>
  );
}
