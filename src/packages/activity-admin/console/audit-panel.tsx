import { useCallback, useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { AuditEntry } from '@core/activity.types';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { useCursorList } from '@/hooks/use-cursor-list';
import { auditLog } from '@/services/records';
import { momentText } from '@core/date-words';

const actionLabels: Record<AuditEntry['action'], string> = {
  manual_checkin: '手动补录签到',
  member_code_checkin: '扫成员码签到',
  manual_checkout: '手动补录签退',
  correction_approved: '通过补录申请',
  correction_rejected: '驳回补录申请',
};

/** 操作记录: every manual change to attendance — who did what to whom, why, when — newest first. */
export function AuditPanel({ activityId, refreshSignal }: { activityId: string; refreshSignal: number }) {
  const loadPage = useCallback((cursor?: string) => auditLog({ activityId, cursor }), [activityId]);
  const { state, refresh, loadMore } = useCursorList(loadPage);
  useEffect(() => {
    if (refreshSignal) void refresh();
  }, [refreshSignal, refresh]);

  if (state.status === 'loading') return <Skeleton rows={4} animated />;
  if (state.status === 'failed' && !state.items.length) return <ErrorState message={state.message} onRetry={refresh} />;
  if (!state.items.length) return <Text className="activity-admin__hint audit-panel__empty">暂无操作记录</Text>;
  return (
    <View className="audit-panel">
      {state.items.map((entry) => (
        <View key={entry.auditId} className={`activity-admin__card audit-row audit-row--${entry.action}`}>
          <Text className="audit-row__summary">
            {entry.byName} {actionLabels[entry.action]}：{entry.targetName}
          </Text>
          {entry.reason && <Text className="activity-admin__line">原因：{entry.reason}</Text>}
          <Text className="activity-admin__meta">{momentText(entry.at)}</Text>
        </View>
      ))}
      <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
    </View>
  );
}
