import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { PublicNoticeLine } from '@core/honours.contract';
import { formatHours } from '@core/hours-rounding';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { TextDialog } from '@/components/text-dialog';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { honourPublicNotice, withdrawHonour } from '@/services/honours';
import { whoami } from '@/services/users';
import emptyImage from '@/assets/empty/activities.svg';
import { awardStatusText } from '../shared/award-status';
import '../shared/honours-page.scss';

const loadNotice = () => honourPublicNotice();

/** 荣誉公示: levels on public notice now and those decided in the last 30 days; admins may withdraw one still on notice, with a reason. */
export default function HonourNoticePage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadNotice);
  const { state: me } = useEnvelopeLoader(whoami);
  usePullDownRefreshAction(reload);
  const [withdrawing, setWithdrawing] = useState<PublicNoticeLine | null>(null);
  const [sending, setSending] = useState(false);
  const isAdmin = me.status === 'ready' && me.data.roles.includes('admin');

  async function withdraw(line: PublicNoticeLine, reason: string) {
    setSending(true);
    const reply = await withdrawHonour({ awardId: line.awardId, reason });
    setSending(false);
    if (!reply.ok) return void toastMessage(reply.message);
    setWithdrawing(null);
    toastSuccess('已撤回');
    void reload();
  }

  if (state.status === 'loading')
    return (
      <View className="honours-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { lines } = state.data;
  const open = lines.filter((line) => line.status === 'notice');
  const decided = lines.filter((line) => line.status !== 'notice');
  const row = (line: PublicNoticeLine) => (
    <View key={line.awardId} className={`honours-page__card honour-notice__line honour-notice__line--${line.status}`}>
      <View className="honours-page__card-header">
        <Text className="honours-page__card-title">
          {line.name} · {line.levelLabel}
        </Text>
        <Text className={`honours-page__pill ${line.status === 'notice' ? 'honours-page__pill--active' : ''}`}>
          {awardStatusText(line)}
        </Text>
      </View>
      <Text className="honours-page__line">
        {line.orgUnitName ?? '未填组织'} · 累计已认定 {formatHours(line.verifiedMinutes)}（{line.levelLabel}标准 {line.thresholdHours}{' '}
        小时）
      </Text>
      {line.withdrawnReason && <Text className="honours-page__line">撤回原因：{line.withdrawnReason}</Text>}
      {isAdmin && line.status === 'notice' && (
        <View className="honours-page__actions">
          <Button variant="text" className="honours-page__link honour-notice__withdraw" onClick={() => setWithdrawing(line)}>
            撤回
          </Button>
        </View>
      )}
    </View>
  );
  return (
    <View className="honours-page honour-notice">
      <Text className="honours-page__line">达到星级标准的志愿者在此公示，公示期满且未被撤回即正式授予。如有异议请联系团委。</Text>
      <Text className="honours-page__section">公示中（{open.length}）</Text>
      {open.length === 0 && (
        <EmptyState image={emptyImage} title="当前没有公示中的星级" hint="志愿者累计已认定时长达到星级标准后会在这里公示" />
      )}
      {open.map(row)}
      {decided.length > 0 && <Text className="honours-page__section">近 30 天已授予或撤回</Text>}
      {decided.map(row)}
      {withdrawing && (
        <TextDialog
          className="honour-notice__dialog"
          title={`撤回 ${withdrawing.name} 的${withdrawing.levelLabel}`}
          placeholder="请填写撤回原因（本人可在 我的荣誉 看到）"
          confirmText="撤回"
          sending={sending}
          check={(text) => (text.trim().length < 2 ? '请填写原因（至少 2 个字）' : null)}
          onConfirm={(reason) => void withdraw(withdrawing, reason)}
          onCancel={() => setWithdrawing(null)}
        />
      )}
    </View>
  );
}
