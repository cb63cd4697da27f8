import { useState } from 'react';
import { Input, Switch, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Activity } from '@core/activity.types';
import { MEMBER_NO_PATTERN } from '@core/membership-fields';
import { shanghaiClock, shanghaiDay, shanghaiInstant } from '@core/shanghai-time';
import { confirmDestructive } from '@/feedback/confirm';
import { toastSuccess } from '@/feedback/toast';
import { addAttendance } from '@/services/records';
import { DayClockField } from '../shared/day-clock-picker';

type Moment = { day: string; clock: string };

const momentOf = (iso: string): Moment => ({ day: shanghaiDay(new Date(iso)), clock: shanghaiClock(new Date(iso)) });
const isoOf = (moment: Moment) => shanghaiInstant(moment.day, moment.clock).toISOString();
const label = (moment: Moment) => `${moment.day} ${moment.clock}`;

/** 手动补录: a missed attendance by member number, times and a reason; confirmed first, audited by the server. */
export function ManualPanel({ activity }: { activity: Activity }) {
  const [memberNo, setMemberNo] = useState('');
  const [checkin, setCheckin] = useState<Moment>(() => momentOf(activity.startAt));
  const [withCheckout, setWithCheckout] = useState(activity.checkoutRequired);
  const [checkout, setCheckout] = useState<Moment>(() => momentOf(activity.endAt));
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');

  function problem(): string | null {
    if (!MEMBER_NO_PATTERN.test(memberNo.trim())) return '学号/工号应为 6–20 位字母或数字';
    if (withCheckout && Date.parse(isoOf(checkout)) <= Date.parse(isoOf(checkin))) return '签退时间应晚于签到时间';
    if (reason.trim().length < 2) return '请填写补录原因（至少 2 个字）';
    return null;
  }

  async function submit() {
    if (sending) return;
    const reasonProblem = problem();
    if (reasonProblem) return setError(reasonProblem);
    setError('');
    const confirmed = await confirmDestructive({
      title: '确认补录',
      content: `为 ${memberNo.trim().toUpperCase()} 补录签到 ${label(checkin)}${withCheckout ? `、签退 ${label(checkout)}` : ''}。补录将记入操作记录，确定吗？`,
      confirmText: '补录',
    });
    if (!confirmed) return;
    setSending(true);
    const reply = await addAttendance({
      activityId: activity.activityId,
      memberNo: memberNo.trim(),
      checkedInAt: isoOf(checkin),
      checkedOutAt: withCheckout ? isoOf(checkout) : null,
      reason: reason.trim(),
    });
    setSending(false);
    if (!reply.ok) return setError(reply.message);
    toastSuccess(`已补录 ${reply.data.attendance.name}`);
    setMemberNo('');
    setReason('');
  }

  return (
    <View className="activity-admin__card manual-panel">
      <View className="activity-admin__field manual-panel__member-no">
        <Text className="activity-admin__label">学号/工号</Text>
        <Input
          className="activity-admin__input"
          value={memberNo}
          maxlength={20}
          placeholder="成员的学号或工号"
          onInput={(e) => setMemberNo(e.detail.value)}
        />
      </View>
      <DayClockField
        label="签到时间"
        className="manual-panel__checkin"
        day={checkin.day}
        clock={checkin.clock}
        onChange={(day, clock) => setCheckin({ day, clock })}
      />
      <View className="activity-admin__field manual-panel__with-checkout">
        <Text className="activity-admin__label">同时补录签退</Text>
        <Switch checked={withCheckout} onChange={(e) => setWithCheckout(e.detail.value)} />
      </View>
      {withCheckout && (
        <DayClockField
          label="签退时间"
          className="manual-panel__checkout"
          day={checkout.day}
          clock={checkout.clock}
          onChange={(day, clock) => setCheckout({ day, clock })}
        />
      )}
      <View className="activity-admin__field manual-panel__reason">
        <Text className="activity-admin__label">补录原因</Text>
        <Input
          className="activity-admin__input"
          value={reason}
          maxlength={100}
          placeholder="例如 手机没电，现场核实到场"
          onInput={(e) => setReason(e.detail.value)}
        />
      </View>
      <Text className="activity-admin__hint">时间为北京时间；补录与原因会记入操作记录</Text>
      {error && <Text className="activity-admin__error manual-panel__error">{error}</Text>}
      <Button className="manual-panel__submit" type="primary" block disabled={sending} onClick={() => void submit()}>
        {sending ? '提交中…' : '提交补录'}
      </Button>
    </View>
  );
}
