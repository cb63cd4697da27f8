import { Text, View } from '@tarojs/components';
import { measureRows, type AnnualReport } from '@core/annual-report';

/** A plain table of views (the weapp has no <table>): a header row and body rows, the first column wide. */
function Table({ name, headers, rows }: { name: string; headers: string[]; rows: (string | number | null)[][] }) {
  return (
    <View className={`report-table report-table--${name}`}>
      <View className="report-table__row report-table__row--head">
        {headers.map((header, i) => (
          <Text key={header} className={`report-table__cell ${i === 1 ? 'report-table__cell--wide' : ''}`}>
            {header}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} className="report-table__row">
          {row.map((cell, i) => (
            <Text key={i} className={`report-table__cell ${i === 1 ? 'report-table__cell--wide' : ''}`}>
              {cell ?? '—'}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export function TeamTable({ report }: { report: AnnualReport }) {
  if (report.teams.length === 0) return <Text className="report__hint">本期没有服务队的统计数据。</Text>;
  return (
    <>
      <Text className="report__hint">活动：开展场数；服务：服务人次；时长：已认定小时；人数：活跃志愿者。</Text>
      <Table
        name="teams"
        headers={['序号', '服务队', '活动', '服务', '时长', '人数']}
        rows={report.teams.map((team, i) => [
          i + 1,
          team.teamName,
          team.measures.activitiesHeld,
          team.measures.servicesDelivered,
          team.measures.verifiedHours,
          team.measures.activeVolunteers,
        ])}
      />
    </>
  );
}

export function TopActivityTable({ report }: { report: AnnualReport }) {
  if (report.topActivities.length === 0) return <Text className="report__hint">本期还没有活动认定时长。</Text>;
  return (
    <Table
      name="activities"
      headers={['排名', '活动', '服务队', '小时', '人次']}
      rows={report.topActivities.map((row, i) => [i + 1, row.title, row.teamName ?? '团委', row.verifiedHours, row.credited])}
    />
  );
}

export function HonourList({ report }: { report: AnnualReport }) {
  const awarded = report.honours.filter((row) => row.count > 0);
  if (awarded.length === 0) return <Text className="report__hint">本期没有授予星级志愿者。</Text>;
  return (
    <View className="report__honours">
      {awarded.map((row) => (
        <Text key={row.level} className="report__line report__honour">
          {row.label}志愿者 {row.count} 人：{row.names.join('、')}
        </Text>
      ))}
    </View>
  );
}

/** Every measure with its value and one-line definition. */
export function MeasureList({ report }: { report: AnnualReport }) {
  return (
    <View className="report__measures">
      {measureRows(report.totals).map((row) => (
        <View key={row.key} className="report__measure">
          <View className="report__measure-head">
            <Text className="report__measure-label">{row.label}</Text>
            <Text className="report__measure-value">{row.value ?? '—'}</Text>
          </View>
          {!row.key.startsWith('rating') || row.key === 'rating1' ? <Text className="report__hint">{row.definition}</Text> : null}
        </View>
      ))}
    </View>
  );
}
