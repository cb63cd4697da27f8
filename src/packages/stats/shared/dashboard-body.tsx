import { useCallback, useEffect, useState, type MutableRefObject } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Cell, Skeleton } from '@nutui/nutui-react-taro';
import { ChoiceChips } from '@/components/choice-chips';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { isEmptyScope } from '@core/stats-measures';
import { routes } from '@/navigation/routes';
import { loadDashboard } from '@/services/stats';
import emptyImage from '@/assets/empty/feed.svg';
import { BAR_MEASURES, type BarMeasure } from './bar-measures';
import { currentTermId, type FilterChoices } from './load-filter-choices';
import { MeasureGrid } from './measure-grid';
import { OrgUnitFilter } from './org-unit-filter';
import { RatingBars } from './rating-bars';
import { TeamBars } from './team-bars';
import { TrendBars } from './trend-bars';

const ALL_TEAMS = 'all';

export interface DashboardBodyProps {
  choices: FilterChoices;
  /** null: the committee (team filter over every team); else the leader's own teams. */
  ledTeamIds: string[] | null;
  /** Set to this body's reload, for the page's pull-down refresh. */
  reloadRef: MutableRefObject<(() => Promise<unknown>) | undefined>;
}

/** The filters and the numbers under them: totals, monthly trend, team comparison, rating distribution. */
export function DashboardBody({ choices, ledTeamIds, reloadRef }: DashboardBodyProps) {
  const { terms, teams, orgUnits } = choices;
  const [termId, setTermId] = useState(() => currentTermId(terms));
  const [teamId, setTeamId] = useState<string | null>(ledTeamIds ? ledTeamIds[0] : null);
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [measure, setMeasure] = useState<BarMeasure>('servicesDelivered');
  const load = useCallback(() => loadDashboard({ termId, teamId, orgUnitId }), [termId, teamId, orgUnitId]);
  const { state, reload } = useEnvelopeLoader(load);
  useEffect(() => {
    reloadRef.current = reload;
  }, [reload, reloadRef]);

  const nameOf = (id: string) => teams.find((team) => team.teamId === id)?.name ?? '已归档的服务队';
  const teamChoices = ledTeamIds
    ? ledTeamIds.map((id) => ({ value: id, label: nameOf(id) }))
    : [{ value: ALL_TEAMS, label: '全部服务队' }, ...teams.map((team) => ({ value: team.teamId, label: team.name }))];
  const data = state.status === 'ready' ? state.data : null;
  const scope = data && [
    terms.find((term) => term.termId === data.termId)?.name ?? '',
    data.teamId ? nameOf(data.teamId) : '全部服务队',
    data.orgUnitId ? (orgUnits.find((unit) => unit.orgUnitId === data.orgUnitId)?.name ?? '') : '全部组织',
  ];

  return (
    <>
      <View className="stats-page__card stats-filters">
        <Text className="stats-page__hint">学期</Text>
        <ChoiceChips
          choices={terms.map((term) => ({ value: term.termId, label: term.name, className: 'stats-filters__term' }))}
          value={termId}
          onChange={setTermId}
        />
        {/* A leader sees only their own team: no filter, unless they lead more than one. */}
        {(!ledTeamIds || ledTeamIds.length > 1) && (
          <>
            <Text className="stats-page__hint">服务队</Text>
            <ChoiceChips
              choices={teamChoices.map((choice) => ({ ...choice, className: `stats-filters__team stats-filters__team--${choice.value}` }))}
              value={teamId ?? ALL_TEAMS}
              onChange={(id) => setTeamId(id === ALL_TEAMS ? null : id)}
            />
          </>
        )}
        <Text className="stats-page__hint">组织（含下级）</Text>
        <OrgUnitFilter units={orgUnits} value={orgUnitId} onChange={setOrgUnitId} />
      </View>
      {scope && <Text className="stats-page__section stats-scope">{scope.join(' · ')}</Text>}
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={reload} />}
      {data && isEmptyScope(data.totals) && data.trend.length === 0 && (
        <EmptyState
          image={emptyImage}
          title="这个范围还没有数据"
          hint="服务预约完成并经队长确认、活动结束结算、时长认定、问答和通知阅读后，数据会自动汇总到这里；也可换一个学期或组织看看。"
        />
      )}
      {data && !(isEmptyScope(data.totals) && data.trend.length === 0) && (
        <>
          <MeasureGrid measures={data.totals} />
          <View className="stats-page__card stats-bar-measure">
            <Text className="stats-page__line">趋势与对比按：</Text>
            <ChoiceChips
              choices={BAR_MEASURES.map((each) => ({
                value: each.value,
                label: each.label,
                className: `stats-bar-measure--${each.value}`,
              }))}
              value={measure}
              onChange={setMeasure}
            />
          </View>
          <TrendBars trend={data.trend} measure={measure} />
          {!ledTeamIds && <TeamBars teams={data.teams} measure={measure} nameOf={nameOf} />}
          <RatingBars measures={data.totals} />
        </>
      )}
      {!ledTeamIds && (
        <Cell
          className="stats-report-entry"
          title="年度报告"
          description="这个学期的主要成效：总量、各服务队、活动排行与荣誉，可导出 Excel 或打印"
          extra="›"
          clickable
          onClick={() => void Taro.navigateTo({ url: `${routes.annualReport}?period=${termId}` })}
        />
      )}
    </>
  );
}
