import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Cell, CellGroup, Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import type { Envelope } from '@core/envelope';
import type { OrgUnit, ServiceTeam } from '@core/org-units.contract';
import { teamKindLabels } from '@core/team-kinds';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { confirmDestructive, explain } from '@/feedback/confirm';
import { toastSuccess } from '@/feedback/toast';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { archiveTeam, listOrgUnits, listTeams, saveTeam } from '@/services/org-units';
import emptyImage from '@/assets/empty/services.svg';
import { AdminGate } from '../shared/admin-gate';
import { TeamDialog, type TeamDraft } from './team-dialog';
import '../shared/admin-page.scss';
import './index.scss';

interface TeamsPage {
  teams: ServiceTeam[];
  /** Where a team may belong: anything but a class. */
  units: OrgUnit[];
}

const loadTeams = async (): Promise<Envelope<TeamsPage>> => {
  const [teams, units] = await Promise.all([listTeams(true), listOrgUnits()]);
  if (!teams.ok) return teams;
  if (!units.ok) return units;
  return { ok: true, data: { teams: teams.data.teams, units: units.data.units.filter((unit) => unit.kind !== 'class' && !unit.archived) } };
};

/** 编辑 / 任命队长与队员 / 归档 for one team; null when the admin backs out. */
async function chooseAction(team: ServiceTeam): Promise<'edit' | 'members' | 'archive' | null> {
  const actions = team.archived ? (['members'] as const) : (['edit', 'members', 'archive'] as const);
  const labels = { edit: '编辑', members: '任命队长与队员', archive: '归档' };
  try {
    const { tapIndex } = await Taro.showActionSheet({ itemList: actions.map((action) => labels[action]) });
    return actions[tapIndex];
  } catch {
    return null;
  }
}

/** 服务队: every team (archived ones marked); create, edit, archive after a confirmation. */
function TeamEditor() {
  const { state, reload } = useEnvelopeLoader(loadTeams);
  usePullDownRefreshAction(reload);
  const [editing, setEditing] = useState<{ team?: ServiceTeam } | null>(null);
  const [saving, setSaving] = useState(false);

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { teams, units } = state.data;

  async function act(team: ServiceTeam) {
    const action = await chooseAction(team);
    if (action === 'edit') setEditing({ team });
    if (action === 'members') void Taro.navigateTo({ url: routes.adminTeams });
    if (action === 'archive') await archive(team);
  }

  async function archive(team: ServiceTeam) {
    const confirmed = await confirmDestructive({
      title: '归档服务队',
      content: `确定归档「${team.name}」吗？归档后该队不再出现在服务列表中，也不能再被预约；队员和历史记录保留。`,
      confirmText: '归档',
    });
    if (!confirmed) return;
    const reply = await archiveTeam(team.teamId);
    if (!reply.ok) return explain('无法归档', reply.message);
    toastSuccess('已归档');
    void reload();
  }

  /** Null once saved; else the refusal, which the dialog shows beside its field or toasts. */
  async function save(draft: TeamDraft): Promise<string | null> {
    setSaving(true);
    const team = editing?.team;
    const reply = await saveTeam({ ...draft, ...(team ? { teamId: team.teamId } : {}) });
    setSaving(false);
    if (!reply.ok) return reply.message;
    toastSuccess('已保存');
    setEditing(null);
    void reload();
    return null;
  }

  return (
    <>
      {!teams.length && (
        <EmptyState
          image={emptyImage}
          title="还没有服务队"
          hint={
            units.length
              ? '新建服务队后，在“服务队成员”中任命队长；队长再添加服务项目、发布时段'
              : '服务队要归属一个学院、团委或团支部：请先在“组织架构”中添加学院'
          }
        />
      )}
      <CellGroup>
        {teams.map((team) => (
          <Cell
            key={team.teamId}
            className={`service-team-row${team.archived ? ' service-team-row--archived' : ''}`}
            title={team.name}
            description={team.summary || undefined}
            extra={team.archived ? '已归档' : teamKindLabels[team.kind]}
            clickable
            onClick={() => act(team)}
          />
        ))}
      </CellGroup>
      <View className="admin-page__card-actions">
        <Button className="service-teams__create" variant="primary" onClick={() => setEditing({})}>
          新建服务队
        </Button>
      </View>
      {editing && <TeamDialog team={editing.team} units={units} sending={saving} onConfirm={save} onCancel={() => setEditing(null)} />}
    </>
  );
}

export default function ServiceTeamsPage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <TeamEditor />
      </AdminGate>
    </View>
  );
}
