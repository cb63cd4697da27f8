import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/button';
import type { Envelope } from '@core/envelope';
import { confirmDestructive, explain } from '@/feedback/confirm';
import { toastSuccess } from '@/feedback/toast';
import { routes } from '@/navigation/routes';
import { cancelSignUp, signUp } from '@/services/activities';
import { askSubscriptions, prepareSubscriptions } from '@/services/subscriptions';
import type { ActivityDetail } from './load-activity-detail';

export interface AttendanceActionsProps {
  detail: ActivityDetail;
  /** Re-reads the activity after an action (places left and my status come from the server). */
  reload: () => Promise<unknown>;
}

/** 报名 / 取消报名 / 签到 / 签退 / 组织者控制台: only what fits where I stand now. */
export function AttendanceActions({ detail, reload }: AttendanceActionsProps) {
  const { activity, mine, canOrganise } = detail;
  const [busy, setBusy] = useState(false);
  const now = Date.now();
  const live = activity.status === 'scheduled' && now < Date.parse(activity.endAt) + activity.lateMinutes * 60_000;
  const signedUp = mine?.status === 'signed_up';
  const scan = () => Taro.navigateTo({ url: routes.activityScan });
  // After a move the member did not choose, withdrawing stays open until the new start (the server's rule).
  const moved = !!activity.postponement && now < Date.parse(activity.startAt);
  const withdrawLabel = moved ? '退出报名' : '取消报名';

  // The prompt must open in the tap's turn, so its templates are fetched before the tap.
  useEffect(() => {
    void prepareSubscriptions('activitySignUp');
  }, []);

  async function signUpTapped() {
    // The reminder and any cancellation or change reach the phone only with consent, asked at this tap (weapp only).
    await askSubscriptions('activitySignUp');
    await run(() => signUp(activity.activityId), '报名成功');
  }

  async function run(call: () => Promise<Envelope<unknown>>, done: string) {
    if (busy) return;
    setBusy(true);
    const reply = await call();
    setBusy(false);
    // A refusal (已满, 报名已截止…) deserves more than a toast: it decides whether the student comes.
    if (reply.ok) toastSuccess(done);
    else await explain('操作未成功', reply.message);
    await reload();
  }

  async function cancel() {
    const confirmed = await confirmDestructive({
      title: withdrawLabel,
      content: `${moved ? '活动已改期。' : ''}退出后名额将释放给其他同学，确定${withdrawLabel}“${activity.title}”吗？`,
      confirmText: withdrawLabel,
    });
    if (confirmed) await run(() => cancelSignUp(activity.activityId), `已${withdrawLabel}`);
  }

  return (
    <View className="activity-actions">
      {live && !signedUp && (
        <Button className="activity-actions__sign-up" variant="primary" disabled={busy} onClick={() => void signUpTapped()}>
          {busy ? '提交中…' : '报名'}
        </Button>
      )}
      {live && !signedUp && activity.allowWalkIn && (
        <Button className="activity-actions__walk-in" block onClick={scan}>
          到场扫码签到
        </Button>
      )}
      {live && signedUp && !mine.checkedInAt && (
        <>
          <Button className="activity-actions__checkin" variant="primary" onClick={scan}>
            签到
          </Button>
          <Button className="activity-actions__cancel" variant="danger" block disabled={busy} onClick={cancel}>
            {busy ? '处理中…' : withdrawLabel}
          </Button>
        </>
      )}
      {live && signedUp && mine.checkedInAt && !mine.checkedOutAt && activity.checkoutRequired && (
        <Button className="activity-actions__checkout" variant="primary" onClick={scan}>
          签退
        </Button>
      )}
      {/* A poster only spreads what can still be joined: the server makes no code for a cancelled or ended one. */}
      {activity.status === 'scheduled' && now < Date.parse(activity.endAt) && (
        <Button
          className="activity-actions__poster"
          block
          onClick={() => Taro.navigateTo({ url: `${routes.activityPoster}?activityId=${activity.activityId}` })}
        >
          生成海报
        </Button>
      )}
      {canOrganise && (
        <Button
          className="activity-actions__console"
          block
          onClick={() => Taro.navigateTo({ url: `${routes.activityConsole}?activityId=${activity.activityId}` })}
        >
          组织者控制台
        </Button>
      )}
    </View>
  );
}
