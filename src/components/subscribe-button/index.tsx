import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { askSubscriptions, prepareSubscriptions, pushesAvailable, type SubscriptionMoment } from '@/services/subscriptions';
import './index.scss';

export interface SubscribeButtonProps {
  moment: SubscriptionMoment;
  /** The button, e.g. 订阅通知推送. */
  label: string;
  /** One line saying what will be pushed, e.g. 新通知发布时推送到微信. */
  hint: string;
  className?: string;
}

/**
 * A tap whose only job is WeChat's subscription prompt, for moments that have no action of their
 * own (the notices feed, a job I was assigned). WeChat only: H5 has no subscription messages, so
 * nothing is shown there.
 */
export function SubscribeButton({ moment, label, hint, className = '' }: SubscribeButtonProps) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    void prepareSubscriptions(moment);
  }, [moment]);
  if (!pushesAvailable) return null;

  async function ask() {
    const answers = await askSubscriptions(moment);
    if (answers.some((answer) => answer.accepted)) {
      setOn(true);
      return void toastSuccess('已开启推送');
    }
    toastMessage(answers.length ? '未开启推送，可在 我的 › 消息 中再次开启' : '暂时无法开启推送，请稍后再试');
  }

  return (
    <View className={`subscribe-button ${className}`}>
      <Text className="subscribe-button__hint">{on ? '已开启，下一条将推送到微信' : hint}</Text>
      <Button className="subscribe-button__tap" onClick={() => void ask()}>
        {on ? '再订阅一次' : label}
      </Button>
    </View>
  );
}
