import { useCallback } from 'react';
import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { listServices } from '@/services/bookings';
import emptyImage from '@/assets/empty/services.svg';
import { StaffGate } from '../shared/staff-gate';
import { SlotForm } from './slot-form';
import '../shared/bookings-page.scss';

function PublishForm({ teamId }: { teamId: string }) {
  const load = useCallback(() => listServices({ teamId }), [teamId]);
  const { state, reload } = useEnvelopeLoader(load);
  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.data.services.length) return <EmptyState image={emptyImage} title="本队还没有服务项目" hint="先添加服务项目，才能发布时段" />;
  return <SlotForm services={state.data.services} />;
}

/** 发布时段 for a team the caller leads. */
export default function PublishPage() {
  const teamId = useRouter().params.teamId ?? '';
  return (
    <View className="bookings-page publish-page">
      <StaffGate need="leader">
        {(teams) => <PublishForm teamId={teams.some((team) => team.teamId === teamId) ? teamId : teams[0].teamId} />}
      </StaffGate>
    </View>
  );
}
