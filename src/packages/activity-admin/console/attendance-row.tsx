import { Text, View } from '@tarojs/components';
import type { Attendance, CheckinMethod, CloseMethod } from '@core/activity.types';
import { formatHours } from '@core/hours-rounding';
import { momentText } from '@core/date-words';

const methodLabels: Record<CheckinMethod, string> = { scan: '扫码', member_code: '成员码', manual: '补录' };
const closeLabels: Record<CloseMethod, string> = { checkout: '签退', auto: '自动签退', manual: '补录签退', correction: '补录申请' };

const stateLabels = { out: '已签退', in: '已签到', cancelled: '已取消报名', 'signed-up': '已报名' } as const;

/** One attendee: name, where they are (报名 → 签到 → 签退) and how, credited hours once closed. */
export function AttendanceRow({ attendance }: { attendance: Attendance }) {
  const state = attendance.checkedOutAt
    ? 'out'
    : attendance.checkedInAt
      ? 'in'
      : attendance.status === 'cancelled'
        ? 'cancelled'
        : 'signed-up';
  return (
    <View className={`activity-admin__card attendance-row attendance-row--${state}`}>
      <View className="activity-admin__card-header">
        <Text className="attendance-row__name">{attendance.name}</Text>
        <Text className="activity-admin__tag attendance-row__state">{stateLabels[state]}</Text>
      </View>
      <View className="activity-admin__meta">
        {attendance.checkedInAt && (
          <Text>
            签到 {momentText(attendance.checkedInAt)}
            {attendance.checkinMethod ? `（${methodLabels[attendance.checkinMethod]}）` : ''}
          </Text>
        )}
        {attendance.checkedOutAt && (
          <Text>
            签退 {momentText(attendance.checkedOutAt)}
            {attendance.closedBy ? `（${closeLabels[attendance.closedBy]}）` : ''}
          </Text>
        )}
        {attendance.minutes !== null && <Text className="attendance-row__hours">计 {formatHours(attendance.minutes)}</Text>}
      </View>
    </View>
  );
}
