import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { CellGroup, Skeleton } from '@nutui/nutui-react-taro';
import type { MemberProfile } from '@core/membership.types';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { useCursorList } from '@/hooks/use-cursor-list';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { listMembers, setTeamRole } from '@/services/member-directory';
import emptyImage from '@/assets/empty/services.svg';
import { AdminGate } from '../shared/admin-gate';
import { MemberRow } from '../shared/member-row';
import { MemberSearch } from '../shared/member-search';
import { chooseTeamRole, teamRoleLabel } from '../shared/team-role';
import { useOrgNames } from '../shared/use-org-names';
import '../shared/admin-page.scss';

/**
 * 服务队成员: choose a team, find a member, grant or revoke volunteer/leader. The directory
 * has no per-team listing yet, so members are found by search and show their role in the team.
 */
function TeamMembership() {
  const names = useOrgNames();
  const [teamId, setTeamId] = useState('');
  const [query, setQuery] = useState('');
  const loadPage = useCallback(
    (cursor?: string) => listMembers({ status: 'approved', limit: 20, cursor, ...(query ? { query } : {}) }),
    [query],
  );
  const { state, refresh, loadMore, updateItems } = useCursorList(loadPage);
  usePullDownRefreshAction(refresh);
  useReachBottom(() => void loadMore());

  const teams = names.teams;
  useEffect(() => {
    if (!teamId && teams.length) setTeamId(teams[0].teamId);
  }, [teamId, teams]);
  const team = teams.find((entry) => entry.teamId === teamId);

  async function change(member: MemberProfile) {
    if (!team) return;
    const role = await chooseTeamRole(member.name, team.name);
    if (!role) return;
    const reply = await setTeamRole({ openid: member.openid, teamId: team.teamId, role });
    if (!reply.ok) return toastMessage(reply.message);
    updateItems((items) => items.map((item) => (item.openid === member.openid ? reply.data.member : item)));
    toastSuccess('已更新');
  }

  // A new environment has no team to appoint anyone to yet: say where teams are made.
  if (names.loaded && !teams.length)
    return <EmptyState image={emptyImage} title="还没有服务队" hint="先在“服务队”中新建服务队，再回到这里任命队长与志愿者" />;
  return (
    <>
      <View className="admin-page__segments">
        {teams.map((entry) => (
          <Text
            key={entry.teamId}
            className={`admin-page__segment team-segment--${entry.teamId} ${entry.teamId === teamId ? 'admin-page__segment--active' : ''}`}
            onClick={() => setTeamId(entry.teamId)}
          >
            {entry.name}
          </Text>
        ))}
      </View>
      <MemberSearch onSearch={setQuery} />
      {state.status === 'loading' && <Skeleton rows={6} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={refresh} />}
      {state.status === 'ready' && !state.items.length && (
        <EmptyState image={emptyImage} title="没有找到成员" hint="只有审核通过的成员可以加入服务队" />
      )}
      {state.status === 'ready' && state.items.length > 0 && team && (
        <>
          <CellGroup>
            {state.items.map((member) => (
              <MemberRow
                key={member.openid}
                member={member}
                unitName={names.unitName}
                extra={teamRoleLabel(member.teamRoles, team.teamId)}
                onClick={() => change(member)}
              />
            ))}
          </CellGroup>
          <ListFooter hasMore={state.hasMore} loading={state.loadingMore} onLoadMore={loadMore} />
        </>
      )}
    </>
  );
}

export default function TeamsPage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <TeamMembership />
      </AdminGate>
    </View>
  );
}
