import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro from '@tarojs/taro';
import type { Activity } from '@core/activity.types';
import { TextDialog } from '@/components/text-dialog';
import { confirmDestructive, explain } from '@/feedback/confirm';
import { toastSuccess } from '@/feedback/toast';
import { routes } from '@/navigation/routes';
import { cancelActivity } from '@/services/activities';
import { PostponeForm } from './postpone-form';
import { momentText } from '@core/date-words';

export interface LifecycleActionsProps {
  activity: Activity;
  reload: () => Promise<unknown>;
}

const reasonProblem = (text: string) => (text.trim().length < 2 ? '请填写取消原因（至少 2 个字）' : null);

/**
 * 改期 / 取消活动 for a scheduled activity; a cancelled one says why instead. Cancel asks for the
 * reason, then confirms what it destroys (the codes, everyone's place) before it is sent.
 */
export function LifecycleActions({ activity, reload }: LifecycleActionsProps) {
  const [mode, setMode] = useState<'idle' | 'postpone' | 'cancel'>('idle');
  const [sending, setSending] = useState(false);
  const checkInOpens = Date.parse(activity.startAt) - activity.earlyMinutes * 60_000;
  const notifyParticipants = (
    <Button
      variant="text"
      className="activity-admin__link lifecycle__notify"
      onClick={() => Taro.navigateTo({ url: `${routes.noticeCompose}?activityId=${activity.activityId}` })}
    >
      通知参与者
    </Button>
  );

  if (activity.status === 'cancelled') {
    return (
      <View className="activity-admin__card lifecycle lifecycle--cancelled">
        <Text className="activity-admin__card-title lifecycle__state">活动已取消</Text>
        <Text className="activity-admin__line lifecycle__reason">取消原因：{activity.cancellation?.reason}</Text>
        {activity.cancellation && (
          <Text className="activity-admin__meta">
            {activity.cancellation.byName} 于 {momentText(activity.cancellation.at)} 取消；签到码已失效
          </Text>
        )}
        <View className="activity-admin__actions">{notifyParticipants}</View>
      </View>
    );
  }
  if (activity.status !== 'scheduled' || Date.now() >= Date.parse(activity.endAt)) {
    return <View className="activity-admin__actions lifecycle__actions">{notifyParticipants}</View>;
  }

  async function cancel(reason: string) {
    const confirmed = await confirmDestructive({
      title: '取消活动',
      content: `取消后不能恢复：签到码立即失效，已报名的 ${activity.signedUpCount} 人会收到取消通知和原因。`,
      confirmText: '取消活动',
    });
    if (!confirmed) return;
    setSending(true);
    const reply = await cancelActivity({ activityId: activity.activityId, reason });
    setSending(false);
    if (!reply.ok) return explain('取消未成功', reply.message);
    setMode('idle');
    toastSuccess(`已取消，已通知 ${reply.data.notified} 人`);
    await reload();
  }

  return (
    <>
      {activity.postponement && (
        <View className="activity-admin__card lifecycle lifecycle--postponed">
          <Text className="activity-admin__line lifecycle__state">
            已改期（原定 {momentText(activity.postponement.fromStartAt)}）：{activity.postponement.reason}
          </Text>
        </View>
      )}
      {mode === 'postpone' ? (
        <PostponeForm
          activity={activity}
          onCancel={() => setMode('idle')}
          onDone={async () => {
            setMode('idle');
            await reload();
          }}
        />
      ) : (
        <>
          {/* The row holds whole tappable labels only; the note goes under it, so no label is pushed to a line alone. */}
          <View className="activity-admin__actions lifecycle__actions">
            {notifyParticipants}
            <Button
              variant="text"
              className="activity-admin__link lifecycle__poster"
              onClick={() => Taro.navigateTo({ url: `${routes.activityPoster}?activityId=${activity.activityId}` })}
            >
              生成海报
            </Button>
            {Date.now() < checkInOpens && (
              <Button variant="text" className="activity-admin__link lifecycle__postpone" onClick={() => setMode('postpone')}>
                改期
              </Button>
            )}
            <Button variant="text" className="activity-admin__link lifecycle__cancel" onClick={() => setMode('cancel')}>
              取消活动
            </Button>
          </View>
          {Date.now() >= checkInOpens && <Text className="activity-admin__meta lifecycle__note">签到已开始，不能改期</Text>}
        </>
      )}
      {mode === 'cancel' && (
        <TextDialog
          className="lifecycle__cancel-dialog"
          title="取消活动"
          placeholder="取消原因（已报名的同学和扫码的人都会看到）"
          confirmText="下一步"
          check={reasonProblem}
          sending={sending}
          onConfirm={(reason) => void cancel(reason)}
          onCancel={() => setMode('idle')}
        />
      )}
    </>
  );
}
