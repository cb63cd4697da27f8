import { useRef } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import emptyImage from '@/assets/empty/feed.svg';
import { DashboardBody } from './dashboard-body';
import { loadFilterChoices } from './load-filter-choices';

export interface StatsDashboardProps {
  /** null: the committee's view (every team, a team filter); else the teams the leader may see. */
  ledTeamIds: string[] | null;
}

/** 数据看板 / 本队数据: the filter choices first (terms, teams, org tree), then the numbers. */
export function StatsDashboard({ ledTeamIds }: StatsDashboardProps) {
  const { state, reload } = useEnvelopeLoader(loadFilterChoices);
  const reloadBody = useRef<() => Promise<unknown>>();
  usePullDownRefreshAction(() => Promise.all([reload(), reloadBody.current?.()]));
  if (state.status === 'loading') return <Skeleton rows={8} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (state.data.terms.length === 0) {
    return (
      <EmptyState
        image={emptyImage}
        title="还没有学期"
        hint="数据按学期汇总。团委在「学期与时长导出」设置学期后，这里会显示每学期的服务人次、志愿时长、活动和评价。"
        action={ledTeamIds === null ? { label: '去设置学期', onClick: () => Taro.navigateTo({ url: routes.activityTerms }) } : undefined}
      />
    );
  }
  return (
    <View className="stats-dashboard">
      <DashboardBody choices={state.data} ledTeamIds={ledTeamIds} reloadRef={reloadBody} />
    </View>
  );
}
