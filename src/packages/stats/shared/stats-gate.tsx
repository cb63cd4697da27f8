import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { whoami } from '@/services/users';

export interface StatsGateProps {
  /** `admin`: the committee's 数据看板; `leader`: a team leader's 本队数据. */
  need: 'admin' | 'leader';
  /** The page, given the teams the caller leads; mounted only when the caller qualifies. */
  children: (ledTeamIds: string[]) => ReactNode;
}

const DENIED = {
  admin: '数据看板仅对团委管理员开放。服务队队长可在「我的 › 本队数据」查看本队。',
  leader: '本队数据仅对服务队队长开放；团委管理员请在「团委管理 › 数据看板」查看全部服务队。',
};

/** The stats pages are reachable by URL: each checks the caller first (the server refuses anyway). */
export function StatsGate({ need, children }: StatsGateProps) {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(whoami);
  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const ledTeamIds = state.data.teamRoles.filter((entry) => entry.role === 'leader').map((entry) => entry.teamId);
  const allowed = need === 'admin' ? state.data.roles.includes('admin') : ledTeamIds.length > 0;
  if (!allowed) {
    return (
      <View className="stats-page__card stats-gate__denied">
        <Text className="stats-page__denied-title">无权限</Text>
        <Text className="stats-page__line">{DENIED[need]}</Text>
      </View>
    );
  }
  return <>{children(ledTeamIds)}</>;
}
