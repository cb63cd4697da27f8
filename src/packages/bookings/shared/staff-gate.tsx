import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { TeamMembership } from '@core/membership.types';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { whoami } from '@/services/users';

export interface StaffGateProps {
  /** `leader`: only team leaders; `staff`: volunteers and leaders. */
  need: 'leader' | 'staff';
  /** The page, given the caller's qualifying teams; mounted only when there is at least one. */
  children: (teams: TeamMembership[]) => ReactNode;
}

/**
 * Team pages are reachable by URL, so each checks the caller's team roles first. The server
 * refuses every team action anyway; this only spares others a page of FORBIDDEN errors.
 */
export function StaffGate({ need, children }: StaffGateProps) {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(whoami);
  if (state.status === 'loading') return <Skeleton rows={4} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const teams = state.data.teamRoles.filter((entry) => need === 'staff' || entry.role === 'leader');
  if (!teams.length) {
    return (
      <View className="bookings-page__card staff-gate__denied">
        <Text className="bookings-page__card-title">无权限</Text>
        <Text className="bookings-page__card-line">
          {need === 'leader' ? '排班管理仅对服务队队长开放。' : '工单仅对服务队志愿者和队长开放，可在“服务”页申请加入服务队。'}
        </Text>
      </View>
    );
  }
  return <>{children(teams)}</>;
}
