import { useEffect, useState } from 'react';
import type { ServiceTeam } from '@core/users.contract';
import { confirmDestructive, explain } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { applyToTeam } from '@/services/org-units';
import { askSubscriptions, prepareSubscriptions } from '@/services/subscriptions';
import type { CallerTeamStanding } from './load-team-standing';

type Standings = CallerTeamStanding['standingOf'];

/**
 * 申请加入 a team: confirms first (what approval means), then asks for the decision's push, then sends; the answers that say where the
 * member already stands (JOIN_PENDING, ALREADY_IN_TEAM) update the button instead of failing.
 */
export function useTeamJoin(loaded: Standings, reloadCatalogue: () => Promise<void>, setSending: (teamId: string | null) => void) {
  const [changed, setChanged] = useState<Standings>({});
  // The templates are fetched ahead, so the tap's prompt needs no round trip (WeChat may refuse a late one).
  useEffect(() => void prepareSubscriptions('teamJoinApply'), []);
  const standingOf: Standings = { ...loaded, ...changed };
  const mark = (teamId: string, standing: Standings[string]) => setChanged((current) => ({ ...current, [teamId]: standing }));

  async function apply(team: ServiceTeam) {
    const confirmed = await confirmDestructive({
      title: `申请加入「${team.name}」`,
      content: '队长审核通过后，你将成为该队志愿者，可以领取服务工单。审核结果会通过消息通知你。',
      confirmText: '申请',
    });
    if (!confirmed) return;
    // The modal's 申请 is the tap WeChat's subscription prompt needs: asked only of those who apply.
    await askSubscriptions('teamJoinApply');
    setSending(team.teamId);
    const reply = await applyToTeam(team.teamId);
    setSending(null);
    if (reply.ok) {
      mark(team.teamId, 'pending');
      return toastSuccess('已提交申请');
    }
    if (reply.code === 'JOIN_PENDING') mark(team.teamId, 'pending');
    if (reply.code === 'ALREADY_IN_TEAM') mark(team.teamId, 'member');
    if (reply.code === 'TEAM_ARCHIVED') {
      await explain('无法申请', reply.message);
      return void reloadCatalogue();
    }
    toastMessage(reply.message);
  }

  return { standingOf, apply };
}
