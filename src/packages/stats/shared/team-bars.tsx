import { Text, View } from '@tarojs/components';
import type { Dashboard } from '@core/stats.contract';
import { BarMeter } from '@/components/bar-meter';
import { barValueText, percentsOf, type BarMeasure } from './bar-measures';

/** At most this many bars: the page's data stays small on weapp; the rest are counted below. */
const SHOWN_TEAMS = 12;

export interface TeamBarsProps {
  teams: Dashboard['teams'];
  measure: BarMeasure;
  /** Team id → name. */
  nameOf: (teamId: string) => string;
}

/** The team comparison: one bar per team, largest first. */
export function TeamBars({ teams, measure, nameOf }: TeamBarsProps) {
  const sorted = [...teams].sort((a, b) => b.measures[measure] - a.measures[measure] || nameOf(a.teamId).localeCompare(nameOf(b.teamId)));
  const shown = sorted.slice(0, SHOWN_TEAMS);
  const values = shown.map((team) => team.measures[measure]);
  const percents = percentsOf(values);
  return (
    <View className="stats-page__card stats-teams">
      <Text className="stats-page__card-title">服务队对比</Text>
      {shown.length === 0 && <Text className="stats-page__hint">还没有服务队的记录。</Text>}
      {shown.map((team, index) => (
        <BarMeter
          key={team.teamId}
          className={`stats-teams__team stats-teams__team--${team.teamId}`}
          label={nameOf(team.teamId)}
          percent={percents[index]}
          value={barValueText(measure, values[index])}
        />
      ))}
      {sorted.length > shown.length && <Text className="stats-page__hint">另有 {sorted.length - shown.length} 个服务队未列出。</Text>}
    </View>
  );
}
