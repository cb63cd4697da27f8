import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { ErrorState } from '@/components/error-state';
import { toastSuccess } from '@/feedback/toast';
import { useBrightScreen } from './use-bright-screen';
import { useRotatingCode, useSecondsLeft } from './use-rotating-code';

export interface CodePanelProps {
  activityId: string;
  kind: 'in' | 'out';
  /** The page is visible: no fetching (and normal brightness) while it is hidden. */
  visible: boolean;
}

const kindLabels = { in: '签到码', out: '签退码' } as const;

/** 签到码 / 签退码: the rotating QR, large or full screen, its countdown, and on H5 the code as text. */
export function CodePanel({ activityId, kind, visible }: CodePanelProps) {
  const [fullscreen, setFullscreen] = useState(false);
  const { state, retry } = useRotatingCode(activityId, kind, visible);
  const secondsLeft = useSecondsLeft(state.status === 'ready' ? state.deadline : null);
  useBrightScreen(visible);

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={retry} />;
  if (state.status === 'closed')
    return (
      <View className={`activity-admin__card code-panel code-panel--${kind} code-panel--closed`}>
        <Text className="code-panel__title">{kindLabels[kind]}</Text>
        <Text className="activity-admin__line code-panel__closed">{state.message}</Text>
        <Text className="activity-admin__hint">签到开放前不显示二维码，以免被提前转发</Text>
      </View>
    );

  const { code } = state.code;
  const countdown = <Text className="code-panel__countdown">{secondsLeft} 秒后自动更新</Text>;
  if (fullscreen) {
    return (
      <View className={`code-panel code-panel--fullscreen code-panel--${kind}`}>
        <Text className="code-panel__title">{kindLabels[kind]}</Text>
        <Image className="code-panel__qr code-panel__qr--fullscreen" src={state.code.qrImage} />
        {countdown}
        <Button className="code-panel__exit" onClick={() => setFullscreen(false)}>
          退出全屏
        </Button>
      </View>
    );
  }
  return (
    <View className={`activity-admin__card code-panel code-panel--${kind}`}>
      <Text className="code-panel__title">{kindLabels[kind]}</Text>
      <Image className="code-panel__qr" src={state.code.qrImage} />
      {countdown}
      <Text className="activity-admin__hint code-panel__brightness">请调高屏幕亮度；同学在「活动」页点「扫码签到」扫描此码</Text>
      {process.env.TARO_ENV === 'h5' && (
        <View className="code-panel__text-row">
          <Text className="code-panel__text" userSelect>
            {code}
          </Text>
          <Button
            className="code-panel__copy"
            onClick={() =>
              void Taro.setClipboardData({ data: code }).then(
                () => toastSuccess('已复制'),
                () => undefined,
              )
            }
          >
            复制
          </Button>
        </View>
      )}
      <Button className="code-panel__fullscreen" variant="primary" onClick={() => setFullscreen(true)}>
        全屏
      </Button>
    </View>
  );
}
