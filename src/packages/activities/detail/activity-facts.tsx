import { Image, Text, View } from '@tarojs/components';
import type { Activity } from '@core/activity.types';
import { describeHoursRule } from '@core/hours-rounding';
import { placesLeft } from '@/format/activity-status';
import { momentText, rangeText } from '@core/date-words';

export interface ActivityFactsProps {
  activity: Activity;
}

/** Everything a student should know before signing up, the hours rule included. */
export function ActivityFacts({ activity }: ActivityFactsProps) {
  const { circle } = activity;
  return (
    <>
      {activity.coverUrl && <Image className="activity-detail__cover" src={activity.coverUrl} mode="aspectFill" />}
      <View className="activities-page__card activity-facts">
        <Text className="activity-facts__title">{activity.title}</Text>
        {activity.organiserName && <Text className="activities-page__line">组织者：{activity.organiserName}</Text>}
        <Text className="activities-page__line activity-facts__time">时间：{rangeText(activity.startAt, activity.endAt)}</Text>
        <Text className="activities-page__line activity-facts__place">地点：{activity.place}</Text>
        <Text className="activities-page__line activity-facts__window">
          报名时间：{momentText(activity.signUpOpensAt)} 至 {momentText(activity.signUpClosesAt)}
        </Text>
        <Text className="activities-page__line activity-facts__places">
          名额：剩余 {placesLeft(activity)} / 共 {activity.capacity} 人
        </Text>
      </View>
      {activity.description && (
        <View className="activities-page__card">
          <Text className="activities-page__card-title">活动介绍</Text>
          <Text className="activities-page__text activity-facts__description">{activity.description}</Text>
        </View>
      )}
      <View className="activities-page__card activity-rules">
        <Text className="activities-page__card-title">签到与时长</Text>
        <Text className="activities-page__line activity-rules__hours">时长规则：{describeHoursRule(activity.hoursRule)}</Text>
        <Text className="activities-page__line activity-rules__checkout">
          {activity.checkoutRequired
            ? '需签退：活动结束前请扫签退码；未签退的记录在活动结束时自动结束，可申请补录'
            : '无需签退：签到后按活动结束时间计算时长'}
        </Text>
        <Text className="activities-page__line activity-rules__location">
          {circle ? `需定位签到：须在活动地点 ${circle.radiusMeters} 米范围内扫码，会获取你的位置` : '无需定位：扫码即可签到'}
        </Text>
        <Text className="activities-page__line">
          签到时间：活动开始前 {activity.earlyMinutes} 分钟至结束后 {activity.lateMinutes} 分钟
        </Text>
        {activity.allowWalkIn && <Text className="activities-page__line">未报名也可到场扫码签到</Text>}
      </View>
    </>
  );
}
