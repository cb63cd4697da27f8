import { Image, Text, View } from '@tarojs/components';
import type { Activity, Attendance } from '@core/activity.types';
import { ActivityTag } from '@/components/activity-tag';
import { activityTag, placesLeft } from '@/format/activity-status';
import { rangeText } from '@core/date-words';

export interface ActivityCardProps {
  activity: Activity;
  /** The viewer's attendance, or null when they have not signed up. */
  mine: Attendance | null;
  /** Opens the activity's detail page. */
  onOpen: (activityId: string) => void;
}

/** One activity in the 活动 list: cover, title, status, time, place and places left. */
export function ActivityCard({ activity, mine, onOpen }: ActivityCardProps) {
  return (
    <View className={`activity-card activity-card--${activity.activityId}`} onClick={() => onOpen(activity.activityId)}>
      {activity.coverUrl && <Image className="activity-card__cover" src={activity.coverUrl} mode="aspectFill" lazyLoad />}
      <View className="activity-card__body">
        <View className="activity-card__head">
          <Text className="activity-card__title">{activity.title}</Text>
          <ActivityTag tag={activityTag(activity, mine)} />
        </View>
        <Text className="activity-card__line activity-card__time">{rangeText(activity.startAt, activity.endAt)}</Text>
        <Text className="activity-card__line activity-card__place">地点：{activity.place}</Text>
        <Text className="activity-card__line activity-card__places">
          剩余名额 {placesLeft(activity)} / 共 {activity.capacity} 人
        </Text>
      </View>
    </View>
  );
}
