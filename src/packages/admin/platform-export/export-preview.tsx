import { ScrollView, Text, View } from '@tarojs/components';
import { exportProblemLabels, type PlatformExportPreview } from '@core/platform-export';

/** The validation preview: how many rows, what the platform would refuse, and the first rows as the file holds them. */
export function ExportPreview({ preview }: { preview: PlatformExportPreview }) {
  return (
    <View className="admin-page__card platform-export__preview">
      <Text className="admin-page__card-title">预览 · 共 {preview.totalRows} 行</Text>
      {preview.problemCount > 0 ? (
        <View className="platform-export__problems">
          <Text className="platform-export__problems-title">发现 {preview.problemCount} 个问题，导入平台前请先处理</Text>
          {preview.problems.map((problem, index) => (
            <Text key={index} className={`platform-export__problem platform-export__problem--${problem.kind}`}>
              {problem.name}
              {problem.activity ? ` · ${problem.activity}` : ''}：{exportProblemLabels[problem.kind]}
            </Text>
          ))}
          {preview.problemCount > preview.problems.length && (
            <Text className="admin-page__hint">另有 {preview.problemCount - preview.problems.length} 个问题未列出</Text>
          )}
        </View>
      ) : (
        <Text className="platform-export__ok">未发现问题</Text>
      )}
      {preview.rows.length > 0 && (
        <ScrollView scrollX className="platform-export__table">
          <View className="platform-export__row platform-export__row--head">
            {preview.headers.map((header, index) => (
              <Text key={index} className="platform-export__cell">
                {header}
              </Text>
            ))}
          </View>
          {preview.rows.map((row, rowIndex) => (
            <View key={rowIndex} className="platform-export__row">
              {row.map((cell, index) => (
                <Text key={index} className="platform-export__cell">
                  {cell}
                </Text>
              ))}
            </View>
          ))}
        </ScrollView>
      )}
      {preview.totalRows > preview.rows.length && <Text className="admin-page__hint">仅显示前 {preview.rows.length} 行</Text>}
    </View>
  );
}
