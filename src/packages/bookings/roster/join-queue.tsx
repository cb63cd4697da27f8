import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { TeamJoinRequest } from '@core/team-join.contract';
import { TextDialog } from '@/components/text-dialog';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { reviewTeamJoin, teamJoinRequests } from '@/services/org-units';

const reasonProblem = (reason: string) => (reason.trim() ? null : '请填写未通过的原因');

/** 入队申请: the team's open requests (first page, oldest first); approving makes the member a volunteer. */
export function JoinQueue({ teamId, onDecided }: { teamId: string; onDecided: () => void }) {
  const load = useCallback(() => teamJoinRequests(teamId), [teamId]);
  const { state, reload } = useEnvelopeLoader(load);
  const [declining, setDeclining] = useState<TeamJoinRequest | null>(null);
  const [sending, setSending] = useState(false);
  if (state.status !== 'ready' || state.data.items.length === 0) return null;

  async function decide(request: TeamJoinRequest, decision: 'approve' | 'decline', reason = '') {
    setSending(true);
    const reply = await reviewTeamJoin({ requestId: request.requestId, decision, reason });
    setSending(false);
    if (!reply.ok) return toastMessage(reply.message);
    toastSuccess(decision === 'approve' ? '已通过' : '已处理');
    setDeclining(null);
    void reload();
    onDecided();
  }

  return (
    <View className="roster-page__queue">
      <Text className="bookings-page__hint">入队申请（{state.data.items.length}）</Text>
      {state.data.items.map((request) => (
        <View key={request.requestId} className="bookings-page__card roster-page__request">
          <Text className="bookings-page__card-title">{request.name || '未填写姓名'}</Text>
          <View className="bookings-page__card-header">
            <Button
              className="roster-page__approve"
              variant="primary"
              block={false}
              disabled={sending}
              onClick={() => decide(request, 'approve')}
            >
              通过
            </Button>
            <Button className="roster-page__decline" variant="danger" disabled={sending} onClick={() => setDeclining(request)}>
              不通过
            </Button>
          </View>
        </View>
      ))}
      {declining && (
        <TextDialog
          title={`不通过 ${declining.name} 的入队申请`}
          placeholder="请填写原因，申请人可以看到"
          confirmText="确认"
          check={reasonProblem}
          onConfirm={(reason) => decide(declining, 'decline', reason)}
          onCancel={() => setDeclining(null)}
          sending={sending}
        />
      )}
    </View>
  );
}
