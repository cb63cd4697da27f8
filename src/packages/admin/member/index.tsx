import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Cell, CellGroup, Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { membershipStatusLabels, type MemberProfile } from '@core/membership.types';
import { ErrorState } from '@/components/error-state';
import { RoleTags } from '@/components/role-tags';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { getMember, setMemberStatus, setTeamRole } from '@/services/member-directory';
import { AdminGate } from '../shared/admin-gate';
import { MemberHours } from './member-hours';
import { MemberIdentityCard } from './member-identity';
import { chooseTeamRole, teamRoleLabel } from '../shared/team-role';
import { useOrgNames } from '../shared/use-org-names';
import '../shared/admin-page.scss';

const leaveCopy = {
  graduated: {
    title: '标记为已毕业',
    content: '毕业后保留志愿时长等记录，但不再拥有成员和服务队身份。确定标记吗？',
    confirmText: '标记毕业',
  },
  left: { title: '标记为已离开', content: '离开后保留志愿时长等记录，但不再拥有成员和服务队身份。确定标记吗？', confirmText: '标记离开' },
} as const;

/** One member: contact, unit, team roles (grant/revoke), verified hours (reverse one) and graduated/left. */
function MemberDetail({ openid }: { openid: string }) {
  const load = useCallback(() => getMember(openid), [openid]);
  const { state, reload } = useEnvelopeLoader(load);
  const names = useOrgNames();
  const [shown, setShown] = useState<MemberProfile | null>(null);
  const [saving, setSaving] = useState(false);
  // Bumped on pull-down refresh: the hours list below mounts afresh and loads again.
  const [refreshed, setRefreshed] = useState(0);
  usePullDownRefreshAction(async () => {
    setShown(null);
    setRefreshed((count) => count + 1);
    await reload();
  });

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  // The answer of the last change, until the next reload.
  const member = shown ?? state.data.member;
  const isMember = member.status === 'approved';

  async function changeTeamRole(teamId: string, teamName: string) {
    const role = await chooseTeamRole(member.name, teamName);
    if (!role) return;
    setSaving(true);
    const reply = await setTeamRole({ openid: member.openid, teamId, role });
    setSaving(false);
    if (!reply.ok) return toastMessage(reply.message);
    setShown(reply.data.member);
    toastSuccess('已更新');
  }

  async function markLeft(status: 'graduated' | 'left') {
    if (!(await confirmDestructive(leaveCopy[status]))) return;
    setSaving(true);
    const reply = await setMemberStatus({ openid: member.openid, status });
    setSaving(false);
    if (!reply.ok) return toastMessage(reply.message);
    setShown(reply.data.member);
    toastSuccess(status === 'graduated' ? '已标记毕业' : '已标记离开');
  }

  return (
    <>
      <View className="admin-page__card member-detail">
        <Text className="admin-page__card-title">{member.name}</Text>
        <RoleTags roles={member.roles} />
        <Text className="admin-page__card-line">状态：{membershipStatusLabels[member.status]}</Text>
        <Text className="admin-page__card-line">
          {member.kind === 'teacher' ? '工号' : '学号'}：{member.memberNo ?? '未填写'}
        </Text>
        <Text className="admin-page__card-line">手机号：{member.phone ?? '未填写'}</Text>
        <Text className="admin-page__card-line">组织：{names.unitName(member.orgUnitId)}</Text>
      </View>

      <MemberIdentityCard key={JSON.stringify(member.identity)} member={member} onSaved={setShown} />

      <Text className="admin-page__section">服务队</Text>
      <CellGroup>
        {names.teams.map((team) => (
          <Cell
            key={team.teamId}
            className={`member-detail__team member-detail__team--${team.teamId}`}
            title={team.name}
            extra={teamRoleLabel(member.teamRoles, team.teamId)}
            clickable={isMember && !saving}
            onClick={isMember && !saving ? () => changeTeamRole(team.teamId, team.name) : undefined}
          />
        ))}
      </CellGroup>

      {isMember && (
        <View className="admin-page__card-actions">
          <Button className="member-detail__graduate" disabled={saving} onClick={() => markLeft('graduated')}>
            标记毕业
          </Button>
          <Button className="member-detail__leave" variant="danger" disabled={saving} onClick={() => markLeft('left')}>
            标记离开
          </Button>
        </View>
      )}

      <MemberHours key={refreshed} openid={member.openid} name={member.name} />
    </>
  );
}

export default function MemberPage() {
  const { params } = useRouter();
  return (
    <View className="admin-page">
      <AdminGate>{params.openid ? <MemberDetail openid={params.openid} /> : <Text>未指定成员</Text>}</AdminGate>
    </View>
  );
}
