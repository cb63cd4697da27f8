import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { StateIcon } from '@/components/state-icon';
import { formatHours } from '@core/hours-rounding';
import type { ScanOutcome } from './submit-scan';
import { clockText } from '@core/date-words';

export interface ScanResultProps {
  outcome: ScanOutcome;
  /** Opens the camera again (weapp) or the paste box (H5). */
  onRescan: () => void;
  /** Sends the same code again, e.g. after allowing the location. */
  onRetry: () => void;
  /** Opens WeChat's settings to allow the location; absent on H5. */
  onOpenSetting?: () => void;
  /** Opens the scanned activity's detail page. */
  onOpenActivity: (activityId: string) => void;
}

interface Screen {
  key: string;
  ok: boolean;
  title: string;
  lines: string[];
  activityId?: string;
}

const clock = (iso: string | null) => (iso ? clockText(iso) : '--:--');

function screenOf(outcome: ScanOutcome): Screen {
  switch (outcome.kind) {
    case 'checked_in':
      return {
        key: outcome.kind,
        ok: true,
        title: '签到成功',
        lines: [`签到时间 ${clock(outcome.attendance.checkedInAt)}`],
        activityId: outcome.attendance.activityId,
      };
    case 'already_in':
      return {
        key: outcome.kind,
        ok: true,
        title: '你已签到',
        lines: [`首次签到 ${clock(outcome.attendance.checkedInAt)}，无需重复扫码`],
        activityId: outcome.attendance.activityId,
      };
    case 'checked_out': {
      const { attendance } = outcome;
      const lines = [`签退时间 ${clock(attendance.checkedOutAt)}`];
      if (attendance.minutes !== null) lines.push(`计入时长 ${formatHours(attendance.minutes)}`);
      return { key: outcome.kind, ok: true, title: outcome.repeat ? '你已签退' : '签退成功', lines, activityId: attendance.activityId };
    }
    case 'member_code':
      return {
        key: outcome.kind,
        ok: false,
        title: '这是成员码',
        lines: ['你扫描的是同学的个人成员码，供组织者为其签到使用。', '请扫描组织者手机上出示的活动签到码。'],
      };
    case 'unreadable':
      return { key: outcome.kind, ok: false, title: '未识别到签到码', lines: ['请扫描组织者手机上的活动二维码，或粘贴二维码中的链接。'] };
    case 'location_failed':
      return outcome.denied
        ? {
            key: 'location_denied',
            ok: false,
            title: '需要获取你的位置',
            lines: ['该活动需要确认你在签到范围内，位置只用于本次签到。', '请允许星火志愿获取位置信息后重试。'],
          }
        : { key: 'location_unavailable', ok: false, title: '未能获取位置', lines: ['请打开手机的定位服务，稍后重试。'] };
    case 'refused':
      return {
        key: `refused scan-result--${outcome.code}`,
        ok: false,
        title: outcome.action === 'out' ? '签退未成功' : '签到未成功',
        lines: [outcome.message],
      };
  }
}

/** 签到成功 / 你已签到 / 签退成功 + 计入时长 / the refusal in Chinese, with the next step. */
export function ScanResult({ outcome, onRescan, onRetry, onOpenSetting, onOpenActivity }: ScanResultProps) {
  const screen = screenOf(outcome);
  const locationProblem = outcome.kind === 'location_failed';
  return (
    <View className={`scan-result scan-result--${screen.key}`}>
      <StateIcon className="scan-result__mark" state={screen.ok ? 'ok' : 'alert'} label={screen.ok ? '成功' : '未完成'} size="l" />
      <Text className="scan-result__title">{screen.title}</Text>
      {screen.lines.map((line) => (
        <Text key={line} className="scan-result__line">
          {line}
        </Text>
      ))}
      <View className="scan-result__actions">
        {locationProblem && outcome.denied && onOpenSetting && (
          <Button className="scan-result__setting" variant="primary" onClick={onOpenSetting}>
            去设置允许定位
          </Button>
        )}
        {locationProblem && (
          <Button
            className="scan-result__retry"
            variant={outcome.denied && onOpenSetting ? 'secondary' : 'primary'}
            block
            onClick={onRetry}
          >
            重试
          </Button>
        )}
        {screen.activityId && (
          <Button className="scan-result__activity" variant="primary" onClick={() => onOpenActivity(screen.activityId!)}>
            查看活动
          </Button>
        )}
        <Button className="scan-result__rescan" block onClick={onRescan}>
          重新扫码
        </Button>
      </View>
    </View>
  );
}
