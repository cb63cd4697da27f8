import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { participantGroupLabels, PARTICIPANT_GROUPS, type ParticipantGroup } from '@core/notice-audience';
import { buildOrgUnitTree, orgUnitKindLabels } from '@core/org-unit-tree';
import { roleLabels } from '@core/roles';
import { ChoiceChips } from '@/components/choice-chips';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import type { NoticeAudience } from '@/services/notices';
import { listOrgUnits, listTeams } from '@/services/org-units';
import { MultiChips } from '../shared/multi-chips';

export type AudienceKind = NoticeAudience['kind'];
type AudienceRole = Extract<NoticeAudience, { kind: 'roles' }>['roles'][number];

const AUDIENCE_ROLES: AudienceRole[] = ['student', 'teacher', 'volunteer', 'leader', 'admin'];

const audienceLabels: Record<AudienceKind, string> = {
  everyone: '全体成员',
  orgUnits: '组织',
  teams: '服务队',
  roles: '角色',
  activity: '活动参与者',
};

const loadUnits = () => listOrgUnits();
const loadTeams = () => listTeams();

export const audienceIds = (audience: NoticeAudience): string[] =>
  audience.kind === 'orgUnits'
    ? audience.orgUnitIds
    : audience.kind === 'teams'
      ? audience.teamIds
      : audience.kind === 'roles'
        ? audience.roles
        : audience.kind === 'activity'
          ? [audience.activityId, audience.group]
          : [];

/** The audience picked so far, or null when a kind that needs ids has none. */
export function audienceOf(kind: AudienceKind, ids: string[]): NoticeAudience | null {
  if (kind === 'everyone') return { kind };
  if (!ids.length) return null;
  if (kind === 'orgUnits') return { kind, orgUnitIds: ids };
  if (kind === 'teams') return { kind, teamIds: ids };
  // An activity's participants: [activityId, group] (opened from the organiser's console).
  if (kind === 'activity') return { kind, activityId: ids[0], group: (ids[1] as ParticipantGroup | undefined) ?? 'signedUp' };
  return { kind, roles: ids as AudienceRole[] };
}

/** Org units and teams to pick from: admins see every team, leaders only the teams they lead. */
export function useAudienceChoices(isAdmin: boolean, ledTeamIds: string[]) {
  const units = useEnvelopeLoader(loadUnits);
  const teams = useEnvelopeLoader(loadTeams);

  const unitChoices = useMemo(() => {
    if (units.state.status !== 'ready') return [];
    return buildOrgUnitTree(units.state.data.units)
      .flatten()
      .map(({ unit }) => ({
        value: unit.orgUnitId,
        label: `${unit.name}（${orgUnitKindLabels[unit.kind]}）`,
        className: `audience-unit--${unit.orgUnitId}`,
      }));
  }, [units.state]);
  const teamChoices =
    teams.state.status === 'ready'
      ? teams.state.data.teams
          .filter((team) => isAdmin || ledTeamIds.includes(team.teamId))
          .map((team) => ({ value: team.teamId, label: team.name, className: `audience-team--${team.teamId}` }))
      : [];

  return { units, teams, unitChoices, teamChoices };
}

export type AudienceChoices = ReturnType<typeof useAudienceChoices>;

interface AudienceFieldProps {
  isAdmin: boolean;
  kind: AudienceKind;
  ids: string[];
  choices: AudienceChoices;
  /** Called with the new kind; the ids picked for the old kind no longer apply. */
  onKindChange: (kind: AudienceKind) => void;
  onIdsChange: (ids: string[]) => void;
}

/** 通知对象: everyone, org units, teams or roles (leaders: their own teams only); from an activity's console, its participants. */
export function AudienceField({ isAdmin, kind, ids, choices, onKindChange, onIdsChange }: AudienceFieldProps) {
  const { units, teams, unitChoices, teamChoices } = choices;
  const kinds: AudienceKind[] = isAdmin ? ['everyone', 'orgUnits', 'teams', 'roles'] : ['teams'];
  if (kind === 'activity') {
    return (
      <View className="notice-field audience-activity">
        <Text className="notice-field__label">通知对象：本活动的参与者</Text>
        <ChoiceChips
          choices={PARTICIPANT_GROUPS.map((group) => ({
            value: group,
            label: participantGroupLabels[group],
            className: `audience-group--${group}`,
          }))}
          value={(ids[1] as ParticipantGroup | undefined) ?? 'signedUp'}
          onChange={(group) => onIdsChange([ids[0], group])}
        />
        <Text className="notice-card__line">按发布时的签到情况确定收件人</Text>
      </View>
    );
  }
  return (
    <View className="notice-field">
      <Text className="notice-field__label">通知对象</Text>
      <ChoiceChips
        choices={kinds.map((value) => ({ value, label: audienceLabels[value], className: `audience-kind--${value}` }))}
        value={kind}
        onChange={onKindChange}
      />
      {kind === 'orgUnits' &&
        (units.state.status === 'failed' ? (
          <ErrorState message={units.state.message} onRetry={units.reload} />
        ) : units.state.status === 'loading' ? (
          <Skeleton rows={2} animated />
        ) : (
          <>
            <MultiChips choices={unitChoices} value={ids} onChange={onIdsChange} />
            <Text className="notice-card__line">选择团支部即包含其下所有班级</Text>
          </>
        ))}
      {kind === 'teams' &&
        (teams.state.status === 'failed' ? (
          <ErrorState message={teams.state.message} onRetry={teams.reload} />
        ) : teams.state.status === 'loading' ? (
          <Skeleton rows={2} animated />
        ) : (
          <MultiChips choices={teamChoices} value={ids} onChange={onIdsChange} />
        ))}
      {kind === 'roles' && (
        <MultiChips
          choices={AUDIENCE_ROLES.map((role) => ({ value: role, label: roleLabels[role], className: `audience-role--${role}` }))}
          value={ids}
          onChange={onIdsChange}
        />
      )}
    </View>
  );
}
