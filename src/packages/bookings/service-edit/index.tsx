import { useCallback, useEffect } from 'react';
import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { listServices } from '@/services/bookings';
import emptyImage from '@/assets/empty/services.svg';
import { StaffGate } from '../shared/staff-gate';
import { ServiceForm } from './service-form';
import '../shared/bookings-page.scss';

/** Editing: the service comes from the team's full list (there is no single-service read). */
function EditService({ teamId, serviceId }: { teamId: string; serviceId: string }) {
  const load = useCallback(() => listServices({ teamId, includeInactive: true }), [teamId]);
  const { state, reload } = useEnvelopeLoader(load);
  if (state.status === 'loading') return <Skeleton rows={8} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const service = state.data.services.find((entry) => entry.serviceId === serviceId);
  if (!service) return <EmptyState image={emptyImage} title="找不到这个服务项目" hint="它可能属于其他服务队，请从“服务项目”列表重新进入" />;
  return <ServiceForm teamId={teamId} service={service} />;
}

/** 编辑服务项目 / 新增服务项目 for a team the caller leads. */
export default function ServiceEditPage() {
  const { teamId = '', serviceId = '' } = useRouter().params;
  const id = decodeURIComponent(serviceId);
  useEffect(() => {
    if (!id) void Taro.setNavigationBarTitle({ title: '新增服务项目' });
  }, [id]);
  return (
    <View className="bookings-page service-edit-page">
      <StaffGate need="leader">
        {(teams) => {
          const team = teams.some((entry) => entry.teamId === teamId) ? teamId : teams[0].teamId;
          return id ? <EditService teamId={team} serviceId={id} /> : <ServiceForm teamId={team} />;
        }}
      </StaffGate>
    </View>
  );
}
