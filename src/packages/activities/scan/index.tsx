import { useEffect, useRef, useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Button } from '@/components/button';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { openLocationSetting } from './locate';
import { ScanResult } from './scan-result';
import { submitScan, type ScanOutcome } from './submit-scan';
import '../shared/activities-page.scss';
import './index.scss';

type Phase = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; outcome: ScanOutcome };

const isWeapp = process.env.TARO_ENV === 'weapp';

/**
 * 扫码签到: the camera in WeChat; on H5 a box for the code or its link (`?code=` submits at once,
 * so a browser can open the link a QR encodes). Check-in or check-out follows from the code.
 */
export default function ScanPage() {
  useSignInRequired();
  const queryCode = useRouter().params.code;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const lastScanned = useRef('');
  const started = useRef(false);

  async function submit(scanned: string) {
    lastScanned.current = scanned;
    setPhase({ kind: 'sending' });
    setPhase({ kind: 'done', outcome: await submitScan(scanned) });
  }

  async function scan() {
    if (!isWeapp) return setPhase({ kind: 'idle' });
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await submit(result);
    } catch {
      // Closed the camera: stay on the page with its 扫码 button.
      setPhase({ kind: 'idle' });
    }
  }

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (queryCode) void submit(decodeURIComponent(queryCode));
    else if (isWeapp) void scan();
    // Once, on open: the link's code or the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (phase.kind === 'sending')
    return (
      <View className="activities-page scan-page">
        <Text className="scan-page__sending">正在提交…</Text>
      </View>
    );
  if (phase.kind === 'done')
    return (
      <View className="activities-page scan-page">
        <ScanResult
          outcome={phase.outcome}
          onRescan={() => {
            setPasted('');
            void scan();
          }}
          onRetry={() => void submit(lastScanned.current)}
          onOpenSetting={
            isWeapp
              ? () =>
                  void openLocationSetting().then((allowed) => {
                    if (allowed) void submit(lastScanned.current);
                  })
              : undefined
          }
          onOpenActivity={(activityId) => Taro.redirectTo({ url: `${routes.activity}?activityId=${activityId}` })}
        />
      </View>
    );
  return (
    <View className="activities-page scan-page">
      {isWeapp ? (
        <View className="activities-page__card scan-page__camera">
          <Text className="activities-page__line">扫描组织者手机上的签到码或签退码</Text>
          <Button className="scan-page__scan" variant="primary" onClick={() => void scan()}>
            扫码
          </Button>
        </View>
      ) : (
        <View className="activities-page__card scan-page__paste">
          <Text className="activities-page__card-title">粘贴签到码</Text>
          <Text className="activities-page__line">粘贴组织者二维码中的签到码或链接</Text>
          <Textarea
            className="activities-page__textarea scan-page__input"
            value={pasted}
            maxlength={1000}
            placeholder="粘贴签到码或签到链接"
            onInput={(e) => setPasted(e.detail.value)}
          />
          <Button className="scan-page__submit" variant="primary" disabled={!pasted.trim()} onClick={() => void submit(pasted)}>
            提交
          </Button>
        </View>
      )}
    </View>
  );
}
