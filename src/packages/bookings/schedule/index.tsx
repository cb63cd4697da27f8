import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/button';
import { bookingStatusLabels, type BookingStatus } from '@core/booking-status';
import type { TeamMembership } from '@core/membership.types';
import { ChoiceChips } from '@/components/choice-chips';
import { routes } from '@/navigation/routes';
import { StaffGate } from '../shared/staff-gate';
import { TeamBookingsList } from './team-bookings-list';
import { TeamSlots } from './team-slots';
import { useTeamNames } from './use-team-names';
import '../shared/bookings-page.scss';
import './index.scss';

/** The statuses a leader acts on; 全部 shows every one. */
const FILTERS: (BookingStatus | 'all')[] = ['all', 'submitted', 'confirmed', 'in_service', 'done'];

type ScheduleView = 'bookings' | 'slots';

function Schedule({ teams }: { teams: TeamMembership[] }) {
  const [teamId, setTeamId] = useState(teams[0].teamId);
  const [view, setView] = useState<ScheduleView>('bookings');
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
      <View className="schedule-page__entries">
        <Button
          className="schedule-page__publish"
          variant="primary"
          block={false}
          onClick={() => Taro.navigateTo({ url: `${routes.publishSlots}?teamId=${teamId}` })}
        >
          发布时段
        </Button>
        <Button
          className="schedule-page__catalogue"
          onClick={() => Taro.navigateTo({ url: `${routes.serviceCatalogue}?teamId=${teamId}` })}
        >
          服务项目
        </Button>
        <Button className="schedule-page__roster" onClick={() => Taro.navigateTo({ url: `${routes.teamRoster}?teamId=${teamId}` })}>
          队员管理
        </Button>
      </View>
      <ChoiceChips
        value={view}
        choices={[
          { value: 'bookings', label: '预约', className: 'schedule-page__view--bookings' },
          { value: 'slots', label: '时段', className: 'schedule-page__view--slots' },
        ]}
        onChange={setView}
      />
      {view === 'slots' ? (
        <TeamSlots key={teamId} teamId={teamId} />
      ) : (
        <>
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
      )}
    </>
  );
}

/**
 * 排班管理 for team leaders: publish slots, edit the catalogue, see the team's bookings (open one to
 * assign or confirm) or its slots (stop or cancel one).
 */
export default function SchedulePage() {
  return (
    <View className="bookings-page schedule-page">
      <StaffGate need="leader">{(teams) => <Schedule teams={teams} />}</StaffGate>
    </View>
  );
}
