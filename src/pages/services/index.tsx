import { useState } from 'react';
import { View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import emptyImage from '@/assets/empty/services.svg';
import { loadCatalogue } from './load-catalogue';
import { loadTeamStanding } from './load-team-standing';
import { TeamCard } from './team-card';
import { TeamJoinButton } from './team-join-button';
import { useTeamJoin } from './use-team-join';
import './index.scss';

/** 服务 tab: the service teams, what each offers, and 申请加入; booking itself lives in packages/bookings. */
export default function ServicesPage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadCatalogue);
  // Its own call, so a failure there hides only the join buttons, not the catalogue.
  const { state: standing, reload: reloadStanding } = useEnvelopeLoader(loadTeamStanding);
  const [sendingTeam, setSendingTeam] = useState<string | null>(null);
  const { standingOf, apply } = useTeamJoin(standing.status === 'ready' ? standing.data.standingOf : {}, reload, setSendingTeam);
  usePullDownRefreshAction(() => Promise.all([reload(), reloadStanding()]));

  if (state.status === 'loading')
    return (
      <View className="services-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.data.length)
    return <EmptyState image={emptyImage} title="暂无服务队" hint="团委建立服务队并发布服务后，可在这里预约服务、申请入队" />;
  const mayApply = standing.status === 'ready' && standing.data.mayApply;
  return (
    <View className="services-page">
      {state.data.map((entry) => (
        <TeamCard
          key={entry.team.teamId}
          entry={entry}
          join={
            mayApply ? (
              <TeamJoinButton
                standing={standingOf[entry.team.teamId] ?? 'open'}
                sending={sendingTeam === entry.team.teamId}
                onApply={() => apply(entry.team)}
              />
            ) : undefined
          }
        />
      ))}
    </View>
  );
}
