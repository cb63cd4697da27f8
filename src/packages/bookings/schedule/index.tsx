import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { bookingStatusLabels, type BookingStatus } from '@core/booking-status';
import type { TeamMembership } from '@core/membership.types';
import { ChoiceChips } from '@/components/choice-chips';
import { routes } from '@/navigation/routes';
import { StaffGate } from '../shared/staff-gate';
import { TeamBookingsList } from './team-bookings-list';
import { useTeamNames } from './use-team-names';
import '../shared/bookings-page.scss';

/** The statuses a leader acts on; 全部 shows every one. */
const FILTERS: (BookingStatus | 'all')[] = ['all', 'submitted', 'confirmed', 'in_service', 'done'];

function Schedule({ teams }: { teams: TeamMembership[] }) {
  const [teamId, setTeamId] = useState(teams[0].teamId);
  const [filter, setFilter] = useState<BookingStatus | 'all'>('all');
  const teamName = useTeamNames();
  return (
    <>
      {teams.length > 1 && (
        <ChoiceChips
          value={teamId}
          choices={teams.map((team) => ({ value: team.teamId, label: teamName(team.teamId) }))}
          onChange={setTeamId}
        />
      )}
      <Button
        className="schedule-page__publish"
        type="primary"
        block
        onClick={() => Taro.navigateTo({ url: `${routes.publishSlots}?teamId=${teamId}` })}
      >
        发布时段
      </Button>
      <ChoiceChips
        value={filter}
        choices={FILTERS.map((value) => ({
          value,
          label: value === 'all' ? '全部' : bookingStatusLabels[value],
          className: `schedule-page__filter--${value}`,
        }))}
        onChange={setFilter}
      />
      <TeamBookingsList key={`${teamId}-${filter}`} teamId={teamId} status={filter === 'all' ? undefined : filter} />
    </>
  );
}

/** 排班管理 for team leaders: publish slots, see the team's bookings, open one to assign or confirm. */
export default function SchedulePage() {
  return (
    <View className="bookings-page schedule-page">
      <StaffGate need="leader">{(teams) => <Schedule teams={teams} />}</StaffGate>
    </View>
  );
}
