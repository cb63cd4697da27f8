import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { TeamVolunteer } from '@core/booking.types';
import type { TeamMembership } from '@core/membership.types';
import { ChoiceChips } from '@/components/choice-chips';
import { ErrorState } from '@/components/error-state';
import { TextDialog } from '@/components/text-dialog';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { teamVolunteers } from '@/services/bookings';
import { setRosterRole } from '@/services/org-units';
import { useTeamNames } from '../schedule/use-team-names';
import { StaffGate } from '../shared/staff-gate';
import { JoinQueue } from './join-queue';
import '../shared/bookings-page.scss';

const reasonProblem = (reason: string) => (reason.trim() ? null : '请填写移出的原因');

/** One team's volunteers and leaders; a volunteer can be moved off the team, with a reason. */
function TeamRoster({ teamId }: { teamId: string }) {
  const load = useCallback(() => teamVolunteers(teamId), [teamId]);
  const { state, reload } = useEnvelopeLoader(load);
  usePullDownRefreshAction(reload);
  const [removing, setRemoving] = useState<TeamVolunteer | null>(null);
  const [sending, setSending] = useState(false);

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;

  async function act(member: TeamVolunteer) {
    // Leaders' roles are the admins' to change.
    if (member.role === 'leader') return toastMessage('队长的角色由管理员调整');
    try {
      await Taro.showActionSheet({ itemList: ['移出服务队'] });
      setRemoving(member);
    } catch {
      // backed out
    }
  }

  async function remove(reason: string) {
    if (!removing) return;
    setSending(true);
    const reply = await setRosterRole({ teamId, openid: removing.openid, role: 'none', reason });
    setSending(false);
    if (!reply.ok) return toastMessage(reply.message);
    toastSuccess('已移出');
    setRemoving(null);
    void reload();
  }

  const members = state.data.volunteers;
  return (
    <>
      <JoinQueue teamId={teamId} onDecided={reload} />
      <Text className="bookings-page__hint">共 {members.length} 人，点志愿者可将其移出服务队</Text>
      {members.map((member) => (
        <View key={member.openid} className="bookings-page__card roster-page__member" onClick={() => act(member)}>
          <View className="bookings-page__card-header">
            <Text className="bookings-page__card-title">{member.name || '未填写姓名'}</Text>
            <Text className="booking-status">{member.role === 'leader' ? '队长' : '志愿者'}</Text>
          </View>
        </View>
      ))}
      {removing && (
        <TextDialog
          className="roster-page__reason"
          title={`将 ${removing.name} 移出服务队`}
          placeholder="请填写移出的原因"
          confirmText="确认移出"
          check={reasonProblem}
          onConfirm={remove}
          onCancel={() => setRemoving(null)}
          sending={sending}
        />
      )}
    </>
  );
}

function Roster({ teams, initialTeamId }: { teams: TeamMembership[]; initialTeamId: string }) {
  const [teamId, setTeamId] = useState(teams.some((team) => team.teamId === initialTeamId) ? initialTeamId : teams[0].teamId);
  const teamName = useTeamNames();
  return (
    <>
      {teams.length > 1 && (
        <ChoiceChips
          value={teamId}
          choices={teams.map((team) => ({ value: team.teamId, label: teamName(team.teamId) }))}
          onChange={setTeamId}
        />
      )}
      <TeamRoster key={teamId} teamId={teamId} />
    </>
  );
}

/** 队员管理: a team leader's roster. */
export default function RosterPage() {
  const teamId = useRouter().params.teamId ?? '';
  return (
    <View className="bookings-page roster-page">
      <StaffGate need="leader">{(teams) => <Roster teams={teams} initialTeamId={teamId} />}</StaffGate>
    </View>
  );
}
