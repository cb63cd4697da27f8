import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { audienceLabels } from '@core/booking.types';
import type { TeamMembership } from '@core/membership.types';
import { ChoiceChips } from '@/components/choice-chips';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import { routes } from '@/navigation/routes';
import { listServices } from '@/services/bookings';
import emptyImage from '@/assets/empty/services.svg';
import { useTeamNames } from '../schedule/use-team-names';
import { StaffGate } from '../shared/staff-gate';
import '../shared/bookings-page.scss';

const editUrl = (teamId: string, serviceId?: string) =>
  `${routes.serviceEdit}?teamId=${teamId}${serviceId ? `&serviceId=${encodeURIComponent(serviceId)}` : ''}`;

/** The team's whole catalogue, inactive services included (only its leaders see those). */
function TeamServices({ teamId }: { teamId: string }) {
  const load = useCallback(() => listServices({ teamId, includeInactive: true }), [teamId]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);
  // Back from the edit page: show what was saved.
  useReloadOnReturn(reload);

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const services = [...state.data.services].sort((a, b) => Number(b.active) - Number(a.active) || a.order - b.order);
  if (!services.length) return <EmptyState image={emptyImage} title="本队还没有服务项目" hint="点上方“新增服务项目”，添加后即可发布时段" />;
  return (
    <>
      <Text className="bookings-page__hint">共 {services.length} 项，点开可修改；已停用的项目不在“服务”页显示</Text>
      {services.map((service) => (
        <View
          key={service.serviceId}
          className={`bookings-page__card catalogue-page__service catalogue-page__service--${service.serviceId}`}
          onClick={() => Taro.navigateTo({ url: editUrl(teamId, service.serviceId) })}
        >
          <View className="bookings-page__card-header">
            <Text className="bookings-page__card-title">{service.name}</Text>
            <Text className={`booking-status ${service.active ? 'booking-status--confirmed' : ''}`}>
              {service.active ? '可预约' : '已停用'}
            </Text>
          </View>
          <Text className="bookings-page__card-line">时长：约 {service.durationMinutes} 分钟</Text>
          <Text className="bookings-page__card-line catalogue-page__place">地点：{service.place}</Text>
          <Text className="bookings-page__card-line">请携带：{service.bring || '无'}</Text>
          <Text className="bookings-page__card-line">
            可预约：{service.audience.map((audience) => audienceLabels[audience]).join('、')}
          </Text>
        </View>
      ))}
    </>
  );
}

function Catalogue({ teams, initialTeamId }: { teams: TeamMembership[]; initialTeamId: string }) {
  const [teamId, setTeamId] = useState(teams.some((team) => team.teamId === initialTeamId) ? initialTeamId : teams[0].teamId);
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
      <Button className="catalogue-page__create" variant="primary" onClick={() => Taro.navigateTo({ url: editUrl(teamId) })}>
        新增服务项目
      </Button>
      <TeamServices key={teamId} teamId={teamId} />
    </>
  );
}

/** 服务项目: a team leader's catalogue, the way into adding and editing services. */
export default function CataloguePage() {
  const teamId = useRouter().params.teamId ?? '';
  return (
    <View className="bookings-page catalogue-page">
      <StaffGate need="leader">{(teams) => <Catalogue teams={teams} initialTeamId={teamId} />}</StaffGate>
    </View>
  );
}
