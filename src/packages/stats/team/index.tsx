import { View } from '@tarojs/components';
import { StatsDashboard } from '../shared/stats-dashboard';
import { StatsGate } from '../shared/stats-gate';
import '../shared/stats-page.scss';

/** 我的 › 本队数据: the dashboard of the team the leader leads (the server refuses any other team). */
export default function TeamDashboardPage() {
  return (
    <View className="stats-page">
      <StatsGate need="leader">{(ledTeamIds) => <StatsDashboard ledTeamIds={ledTeamIds} />}</StatsGate>
    </View>
  );
}
