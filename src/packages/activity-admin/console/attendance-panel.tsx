import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { AttendanceCounts } from '@core/activity.types';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { useCursorList } from '@/hooks/use-cursor-list';
import { activityAttendance } from '@/services/activities';
import { AttendanceRow } from './attendance-row';

const POLL_MS = 5000;
const PAGE_SIZE = 50;

export interface AttendancePanelProps {
  activityId: string;
  checkoutRequired: boolean;
  /** Poll only while the page is visible. */
  visible: boolean;
  /** Changes on pull-down refresh. */
  refreshSignal: number;
}

/** 签到名单: live counts and the list, refreshed every 5 s while on screen. */
export function AttendancePanel({ activityId, checkoutRequired, visible, refreshSignal }: AttendancePanelProps) {
  const [counts, setCounts] = useState<AttendanceCounts | null>(null);
  const loadPage = useCallback(
    async (cursor?: string) => {
      const reply = await activityAttendance({ activityId, cursor, limit: PAGE_SIZE });
      if (reply.ok) setCounts(reply.data.counts);
      return reply;
    },
    [activityId],
  );
  const { state, refresh, loadMore } = useCursorList(loadPage);
  // Polling replaces the list with its first page: once the organiser has paged further, only
  // a pull-down refreshes, so the list does not jump back under their finger.
  const firstPageOnly = state.items.length <= PAGE_SIZE;

  useEffect(() => {
    if (!visible || !firstPageOnly) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [visible, firstPageOnly, refresh]);

  useEffect(() => {
    if (refreshSignal) void refresh();
  }, [refreshSignal, refresh]);

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed' && !state.items.length) return <ErrorState message={state.message} onRetry={refresh} />;
  return (
    <View className="attendance-panel">
      {counts && (
        <View className="activity-admin__card attendance-counts">
          <View className="attendance-counts__item attendance-counts__signed-up">
            <Text className="attendance-counts__number">{counts.signedUp}</Text>
            <Text className="attendance-counts__label">已报名</Text>
          </View>
          <View className="attendance-counts__item attendance-counts__checked-in">
            <Text className="attendance-counts__number">{counts.checkedIn}</Text>
            <Text className="attendance-counts__label">已签到</Text>
          </View>
          {checkoutRequired && (
            <View className="attendance-counts__item attendance-counts__checked-out">
              <Text className="attendance-counts__number">{counts.checkedOut}</Text>
              <Text className="attendance-counts__label">已签退</Text>
            </View>
          )}
        </View>
      )}
      {state.items.length === 0 ? (
        <Text className="activity-admin__hint attendance-panel__empty">还没有人报名或签到</Text>
      ) : (
        state.items.map((attendance) => <AttendanceRow key={attendance.attendanceId} attendance={attendance} />)
      )}
      {state.items.length > 0 && <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />}
    </View>
  );
}
