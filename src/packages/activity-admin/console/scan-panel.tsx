import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/button';
import { StateIcon } from '@/components/state-icon';
import { extractSignedCode, peekSignedCode } from '@core/signed-code-format';
import { ChoiceChips } from '@/components/choice-chips';
import { scanMember } from '@/services/activities';
import { momentText } from '@core/date-words';

export interface ScanPanelProps {
  activityId: string;
  checkoutRequired: boolean;
}

type Outcome = { ok: boolean; message: string } | null;

/** 扫成员码: the organiser scans a student's personal code (H5: pastes it) to check them in or out. */
export function ScanPanel({ activityId, checkoutRequired }: ScanPanelProps) {
  const [kind, setKind] = useState<'in' | 'out'>('in');
  const [pasted, setPasted] = useState('');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function submit(scanned: string) {
    const code = extractSignedCode(scanned);
    if (!code) return setOutcome({ ok: false, message: '未识别到成员码，请让同学打开「我的 - 个人码」' });
    // Unverified peek, only to explain a mix-up; the server verifies the signature.
    if (peekSignedCode(code)?.t !== 'm') return setOutcome({ ok: false, message: '这是活动签到码，请扫描同学的个人码' });
    setSending(true);
    const reply = await scanMember({ activityId, code, kind });
    setSending(false);
    if (!reply.ok) return setOutcome({ ok: false, message: reply.message });
    const { attendance, repeat } = reply.data;
    const at = kind === 'in' ? attendance.checkedInAt : attendance.checkedOutAt;
    const verb = kind === 'in' ? '签到' : '签退';
    setPasted('');
    setOutcome({
      ok: true,
      message: repeat ? `${attendance.name} 已于 ${momentText(at ?? '')} ${verb}，无需重复` : `已为 ${attendance.name} ${verb}`,
    });
  }

  async function scan() {
    try {
      const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await submit(result.result);
    } catch {
      // Closing the camera is not an error worth a message.
    }
  }

  return (
    <View className="activity-admin__card scan-panel">
      {checkoutRequired && (
        <ChoiceChips
          choices={[
            { value: 'in', label: '签到', className: 'scan-panel__kind--in' },
            { value: 'out', label: '签退', className: 'scan-panel__kind--out' },
          ]}
          value={kind}
          onChange={setKind}
        />
      )}
      <Text className="activity-admin__hint">
        同学无法扫码时（手机没电、没有网络），可扫描其「我的 - 个人码」代为{kind === 'in' ? '签到' : '签退'}，记入操作记录
      </Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className="scan-panel__scan" variant="primary" disabled={sending} onClick={() => void scan()}>
          {sending ? '提交中…' : '扫成员码'}
        </Button>
      ) : (
        <>
          <Textarea
            className="activity-admin__textarea scan-panel__paste"
            value={pasted}
            maxlength={600}
            placeholder="粘贴成员码"
            onInput={(e) => setPasted(e.detail.value)}
          />
          <Button className="scan-panel__submit" variant="primary" disabled={sending || !pasted.trim()} onClick={() => void submit(pasted)}>
            {sending ? '提交中…' : kind === 'in' ? '代为签到' : '代为签退'}
          </Button>
        </>
      )}
      {outcome && (
        <View className="scan-panel__outcome">
          <StateIcon state={outcome.ok ? 'ok' : 'alert'} label={outcome.ok ? '成功' : '未完成'} />
          <Text className={outcome.ok ? 'scan-panel__outcome--ok' : 'activity-admin__error'}>{outcome.message}</Text>
        </View>
      )}
    </View>
  );
}
