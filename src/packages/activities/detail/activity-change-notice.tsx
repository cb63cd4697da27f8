import { Text, View } from '@tarojs/components';
import type { Activity } from '@core/activity.types';
import { momentText, rangeText } from '@core/date-words';

export interface ActivityChangeNoticeProps {
  activity: Activity;
}

/** What the organiser changed, first on the page: 已取消 with the reason, or 已改期 with the new and the former time. */
export function ActivityChangeNotice({ activity }: ActivityChangeNoticeProps) {
  if (activity.status === 'cancelled') {
    return (
      <View className="activities-page__card activity-change activity-change--cancelled">
        <Text className="activity-change__state">已取消</Text>
        <Text className="activities-page__line activity-change__reason">取消原因：{activity.cancellation?.reason}</Text>
        {activity.cancellation && (
          <Text className="activities-page__line">
            {activity.cancellation.byName || '组织者'}于 {momentText(activity.cancellation.at)} 取消了本次活动
          </Text>
        )}
      </View>
    );
  }
  const { postponement } = activity;
  if (!postponement || activity.status !== 'scheduled') return null;
  return (
    <View className="activities-page__card activity-change activity-change--postponed">
      <Text className="activity-change__state">已改期</Text>
      <Text className="activities-page__line activity-change__time">新时间：{rangeText(activity.startAt, activity.endAt)}</Text>
      <Text className="activities-page__line">原定：{rangeText(postponement.fromStartAt, postponement.fromEndAt)}</Text>
      <Text className="activities-page__line activity-change__reason">改期原因：{postponement.reason}</Text>
    </View>
  );
}
