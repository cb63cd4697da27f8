import { View } from '@tarojs/components';
import { StatsDashboard } from '../shared/stats-dashboard';
import { StatsGate } from '../shared/stats-gate';
import '../shared/stats-page.scss';

/** 团委管理 › 数据看板: every team's numbers for a term, filtered by team and org unit (with its subtree). */
export default function CommitteeDashboardPage() {
  return (
    <View className="stats-page">
      <StatsGate need="admin">{() => <StatsDashboard ledTeamIds={null} />}</StatsGate>
    </View>
  );
}
