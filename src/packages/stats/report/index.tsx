import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { summaryLines } from '@core/annual-report';
import { ChoiceChips } from '@/components/choice-chips';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ExportAction } from '@/components/export-action';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { exportAnnualReport, loadAnnualReport } from '@/services/stats';
import emptyImage from '@/assets/empty/activities.svg';
import { loadPeriods } from './load-periods';
import { HonourList, MeasureList, TeamTable, TopActivityTable } from './report-tables';
import './index.scss';

function PrintAction() {
  if (process.env.TARO_ENV !== 'h5') return <Text className="report__hint">请在电脑端打开本页打印，或导出 Excel 后打印。</Text>;
  return (
    <Button className="report__print" block onClick={() => window.print()}>
      打印
    </Button>
  );
}

function ReportBody({ period }: { period: string }) {
  const load = useCallback(() => loadAnnualReport(period), [period]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);
  if (state.status === 'loading') return <Skeleton rows={8} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const report = state.data;
  const empty = report.totals.verifiedHours === 0 && report.teams.length === 0 && report.honours.every((row) => row.count === 0);
  return (
    <View className="report__body">
      <View className="report__card">
        <Text className="report__title">{report.period.name} 志愿服务主要成效</Text>
        {summaryLines(report).map((line) => (
          <Text key={line} className="report__line report__summary">
            {line}
          </Text>
        ))}
      </View>
      {empty && <EmptyState image={emptyImage} title="这段时间还没有统计数据" hint="换一个学期或年度看看；认定时长、活动结算后才会计入" />}
      <View className="report__actions">
        <ExportAction className="report__export" label="导出 Excel" run={() => exportAnnualReport(period)} />
        <PrintAction />
      </View>
      <Text className="report__section">各服务队</Text>
      <View className="report__card">
        <TeamTable report={report} />
      </View>
      <Text className="report__section">活动排行（按认定时长）</Text>
      <View className="report__card">
        <TopActivityTable report={report} />
      </View>
      <Text className="report__section">荣誉</Text>
      <View className="report__card">
        <HonourList report={report} />
      </View>
      <Text className="report__section">全部指标</Text>
      <View className="report__card">
        <MeasureList report={report} />
      </View>
    </View>
  );
}

/** 团委管理 › 年度报告: a term's or a year's 主要成效 — totals, per team, top activities, honours — to export or print. */
export default function AnnualReportPage() {
  useSignInRequired();
  const { params } = useRouter();
  const { state, reload } = useEnvelopeLoader(loadPeriods);
  const [chosen, setChosen] = useState('');
  if (state.status === 'loading')
    return (
      <View className="report">
        <Skeleton rows={8} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { terms, years, initial } = state.data;
  // 数据看板 opens the report on the term it shows (`?period=`); an unknown one falls back to the initial.
  const asked = [...terms, ...years].some((choice) => choice.value === params.period) ? (params.period ?? '') : '';
  const period = chosen || asked || initial;
  return (
    <View className="report">
      {period === '' ? (
        <EmptyState image={emptyImage} title="还没有学期" hint="请先在「学期与时长导出」新增学期，报告按学期或年度统计" />
      ) : (
        <>
          <View className="report__choose">
            <Text className="report__section">学期</Text>
            <ChoiceChips choices={terms} value={period} onChange={setChosen} />
            <Text className="report__section">年度（当年开始的学期）</Text>
            <ChoiceChips choices={years} value={period} onChange={setChosen} />
          </View>
          <ReportBody key={period} period={period} />
        </>
      )}
    </View>
  );
}
