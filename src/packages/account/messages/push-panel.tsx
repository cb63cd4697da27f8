import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useReloadOnReturn } from '@/hooks/use-reload-on-return';
import {
  askSubscriptions,
  pushStatus,
  pushesAvailable,
  type PushState,
  type PushStatus,
  type SubscriptionAnswer,
  type SubscriptionMoment,
} from '@/services/subscriptions';

/** Where each push is asked for, as the user met it. */
const momentLabels: Record<SubscriptionMoment, string> = {
  membershipApply: '入会申请',
  bookingSubmit: '服务预约',
  jobClaim: '服务工单',
  questionAsk: '我的提问',
  noticeFeed: '团委通知',
  correctionRequest: '补录申请',
  teamJoinApply: '加入服务队',
  activitySignUp: '活动报名',
};

const stateLabels: Record<PushState, (push: PushStatus) => string> = {
  on: (push) => `已开启 · 剩 ${push.remaining} 次`,
  usedUp: () => '已用完',
  declined: () => '已拒绝',
  neverAsked: () => '未开启',
};

/** The answers of one prompt applied to the rows: WeChat's grants are one-time, so a yes adds one. */
const applyAnswers = (pushes: PushStatus[], answers: SubscriptionAnswer[]): PushStatus[] =>
  pushes.map((push) => {
    const answer = answers.find((candidate) => candidate.kind === push.kind);
    if (!answer) return push;
    if (answer.accepted) return { ...push, state: 'on', remaining: push.remaining + 1 };
    return push.remaining > 0 ? push : { ...push, state: 'declined' };
  });

/**
 * 微信推送: per kind, whether its subscription message can reach me (from my answers at the
 * prompts), and in WeChat a tap per moment that asks again. On H5 the states are shown (the same
 * account may use the mini-program) but nothing can be asked.
 */
export function PushPanel() {
  const { state, reload } = useEnvelopeLoader(pushStatus);
  const [open, setOpen] = useState(false);
  // What the prompts answered since the last load; the next load is the server's again.
  const [changed, setChanged] = useState<PushStatus[] | null>(null);
  useEffect(() => setChanged(null), [state]);
  // Back from a page that asked (报名, 提问…): its answers are recorded by now.
  useReloadOnReturn(reload);
  // A panel that cannot load stays out of the way: the messages below are what the page is for.
  if (state.status !== 'ready' || !state.data.pushes.length) return null;
  const pushes = changed ?? state.data.pushes;
  const onCount = pushes.filter((push) => push.state === 'on').length;
  const moments = [...new Set(pushes.map((push) => push.moment))];

  async function askAgain(moment: SubscriptionMoment) {
    const answers = await askSubscriptions(moment);
    if (!answers.length) return void toastMessage('暂时无法开启推送，请稍后再试');
    setChanged(applyAnswers(pushes, answers));
    if (answers.some((answer) => answer.accepted)) toastSuccess('已开启推送');
    else toastMessage('未开启推送');
  }

  return (
    <View className="push-panel">
      <View className="push-panel__header">
        <Text className="push-panel__title">微信推送</Text>
        <Text className="push-panel__summary">
          已开启 {onCount} / {pushes.length} 项
        </Text>
        <Button variant="text" className="push-panel__toggle" onClick={() => setOpen(!open)}>
          {open ? '收起' : '查看'}
        </Button>
      </View>
      {open && (
        <>
          <Text className="push-panel__note">
            {pushesAvailable
              ? '微信的订阅消息每次同意只推送一条；用完或拒绝后，点「开启」再次订阅。消息页始终会收到。'
              : '推送需在微信小程序中开启；这里的消息不受影响，总能收到。'}
          </Text>
          {moments.map((moment) => {
            const rows = pushes.filter((push) => push.moment === moment);
            const title = momentLabels[moment];
            const ask = pushesAvailable && (
              <Button className={`push-panel__ask push-panel__ask--${moment}`} onClick={() => void askAgain(moment)}>
                {rows.every((push) => push.state === 'on') ? '再订阅' : '开启'}
              </Button>
            );
            // A moment whose one push has the moment's own name (团委通知) is that one row, its name shown once.
            const single = rows.length === 1 && rows[0].label === title;
            return (
              <View key={moment} className={`push-panel__group push-panel__group--${moment}`}>
                {!single && (
                  <View className="push-panel__group-header">
                    <Text className="push-panel__group-title">{title}</Text>
                    {ask}
                  </View>
                )}
                {rows.map((push) => (
                  <View key={push.kind} className={`push-panel__row push-panel__row--${push.kind} push-panel__row--${push.state}`}>
                    <Text className={single ? 'push-panel__group-title push-panel__kind' : 'push-panel__kind'}>{push.label}</Text>
                    <Text className="push-panel__state">{stateLabels[push.state](push)}</Text>
                    {single && ask}
                  </View>
                ))}
              </View>
            );
          })}
        </>
      )}
    </View>
  );
}
