import { useState } from 'react';
import { View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { ModerationDecision, ReviewItem } from '@core/qa.types';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { TextDialog } from '@/components/text-dialog';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { loadReviewQueue, moderatePost } from '@/services/qa';
import emptyImage from '@/assets/empty/qa.svg';
import { AdminGate } from '../shared/admin-gate';
import { ReviewCard } from './review-card';
import '../shared/admin-page.scss';
import './index.scss';

type Pending = { item: ReviewItem; decision: Extract<ModerationDecision, 'restore' | 'delete'> } | null;

const copy = {
  restore: { title: '恢复显示', placeholder: '说明恢复的理由，作者会收到通知', confirmText: '恢复' },
  delete: { title: '删除内容', placeholder: '说明删除的理由，作者会收到通知；删除后不能恢复', confirmText: '确认删除' },
} as const;

const checkReason = (text: string) => (text.trim().length >= 2 ? null : '请说明理由（至少 2 个字）');

/** 问答审核: hidden questions and answers (three reports or an admin); restore or delete with a reason. */
function ReviewQueue() {
  const { state, reload } = useEnvelopeLoader(loadReviewQueue);
  const [pending, setPending] = useState<Pending>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  usePullDownRefreshAction(reload);

  async function decide(reason: string) {
    if (!pending) return;
    setBusyId(pending.item.targetId);
    const reply = await moderatePost({ targetId: pending.item.targetId, decision: pending.decision, reason });
    setBusyId(null);
    if (!reply.ok) return toastMessage(reply.message);
    setPending(null);
    toastSuccess(pending.decision === 'restore' ? '已恢复' : '已删除');
    await reload();
  }

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.data.items.length)
    return <EmptyState image={emptyImage} title="没有待审核的内容" hint="被三位成员举报或被隐藏的问答会出现在这里，下拉可刷新" />;
  return (
    <>
      {state.data.items.map((item) => (
        <ReviewCard
          key={item.targetId}
          item={item}
          busy={busyId === item.targetId}
          onRestore={() => setPending({ item, decision: 'restore' })}
          onDelete={() => setPending({ item, decision: 'delete' })}
        />
      ))}
      {pending && (
        <TextDialog
          {...copy[pending.decision]}
          check={checkReason}
          sending={busyId !== null}
          onConfirm={(reason) => void decide(reason)}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}

export default function QaReviewPage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <ReviewQueue />
      </AdminGate>
    </View>
  );
}
