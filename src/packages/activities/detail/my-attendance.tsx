import { Text, View } from '@tarojs/components';
import type { Attendance } from '@core/activity.types';
import { formatHours } from '@core/hours-rounding';
import { momentText } from '@core/date-words';

export interface MyAttendanceProps {
  /** A live sign-up (not cancelled). */
  attendance: Attendance;
  /** Without check-out, the hours are credited when the activity ends. */
  checkoutRequired: boolean;
}

const at = (iso: string | null) => (iso ? momentText(iso) : '—');

/** 我的状态: when I signed up, checked in and out, and what was credited. */
export function MyAttendance({ attendance, checkoutRequired }: MyAttendanceProps) {
  const pending = !attendance.checkedInAt ? '签到后计入' : checkoutRequired ? '签退后计入' : '活动结束后计入';
  return (
    <View className="activities-page__card my-attendance">
      <Text className="activities-page__card-title">我的状态</Text>
      <Text className="activities-page__line my-attendance__signed-up">报名时间：{at(attendance.signedUpAt)}</Text>
      <Text className="activities-page__line my-attendance__checked-in">签到时间：{at(attendance.checkedInAt)}</Text>
      <Text className="activities-page__line my-attendance__checked-out">
        签退时间：{attendance.closedBy === 'auto' ? '未签退（活动结束时自动结束）' : at(attendance.checkedOutAt)}
      </Text>
      <Text className="activities-page__line my-attendance__minutes">
        计入时长：{attendance.minutes !== null ? formatHours(attendance.minutes) : pending}
      </Text>
    </View>
  );
}
