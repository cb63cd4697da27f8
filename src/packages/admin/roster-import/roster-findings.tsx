import { Text, View } from '@tarojs/components';
import type { RosterSummary } from '@core/roster.contract';

export interface RosterFindingsProps {
  summary: RosterSummary;
}

/**
 * What the file got wrong: the units it names that do not exist, and every problem row in Chinese.
 * Shown in the preview and again after the import, so the admin still sees which rows to fix and
 * which units to add once the rest is in.
 */
export function RosterFindings({ summary }: RosterFindingsProps) {
  return (
    <>
      {summary.unknownUnits.length > 0 && (
        <View className="admin-page__card roster-import__unknown">
          <Text className="admin-page__card-title">以下组织不存在，请先在「组织架构」中添加后重新导入：</Text>
          {summary.unknownUnits.map((name) => (
            <Text key={name} className="admin-page__card-line roster-import__unknown-unit">
              {name}
            </Text>
          ))}
        </View>
      )}
      {summary.problems.length > 0 && (
        <View className="admin-page__card roster-import__problems">
          <Text className="admin-page__card-title">有问题的行（不会导入）</Text>
          {summary.problems.map((problem) => (
            <Text key={problem.row} className="roster-import__problem">
              第 {problem.row} 行{problem.memberNo ? `（${problem.memberNo}）` : ''}：{problem.message}
            </Text>
          ))}
          {summary.problemCount > summary.problems.length && (
            <Text className="admin-page__card-line">另有 {summary.problemCount - summary.problems.length} 行有问题未列出</Text>
          )}
        </View>
      )}
    </>
  );
}
