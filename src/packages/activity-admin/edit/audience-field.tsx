import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { Skeleton } from '@nutui/nutui-react-taro';
import { buildOrgUnitTree, orgUnitKindLabels } from '@core/org-unit-tree';
import { FieldError, RequiredMark } from '@/components/form-field';
import { fieldAnchorId } from '@/hooks/field-errors';
import { ChoiceChips } from '@/components/choice-chips';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { listOrgUnits, listTeams } from '@/services/org-units';
import type { AudienceKind } from './activity-draft';

const kindLabels: Record<AudienceKind, string> = { everyone: '全体成员', orgUnits: '指定组织', team: '指定服务队' };

const loadUnits = () => listOrgUnits();
const loadTeams = () => listTeams();

export interface AudienceFieldProps {
  isAdmin: boolean;
  /** Teams a leader may open an activity to; admins may choose any team. */
  ledTeamIds: string[];
  kind: AudienceKind;
  orgUnitIds: string[];
  teamId: string;
  /** The form's error for this card (no org unit or team chosen). */
  error?: string;
  onChange: (change: { kind: AudienceKind; orgUnitIds: string[]; teamId: string }) => void;
}

/** 参与范围: every member, some org units (with their classes), or one team (leaders: their own). */
export function AudienceField({ isAdmin, ledTeamIds, kind, orgUnitIds, teamId, error, onChange }: AudienceFieldProps) {
  const units = useEnvelopeLoader(loadUnits);
  const teams = useEnvelopeLoader(loadTeams);
  const unitChoices = useMemo(
    () =>
      units.state.status === 'ready'
        ? buildOrgUnitTree(units.state.data.units)
            .flatten()
            .map(({ unit }) => ({ value: unit.orgUnitId, label: `${unit.name}（${orgUnitKindLabels[unit.kind]}）` }))
        : [],
    [units.state],
  );
  const teamChoices =
    teams.state.status === 'ready'
      ? teams.state.data.teams
          .filter((team) => isAdmin || ledTeamIds.includes(team.teamId))
          .map((team) => ({ value: team.teamId, label: team.name, className: `audience-team--${team.teamId}` }))
      : [];
  const kinds: AudienceKind[] = isAdmin ? ['everyone', 'orgUnits', 'team'] : ['team'];
  const toggleUnit = (id: string) =>
    onChange({ kind, teamId, orgUnitIds: orgUnitIds.includes(id) ? orgUnitIds.filter((entry) => entry !== id) : [...orgUnitIds, id] });

  return (
    <View id={fieldAnchorId('audience')} className="activity-admin__card audience-field">
      <Text className="activity-admin__card-title">
        参与范围
        <RequiredMark />
      </Text>
      <ChoiceChips
        choices={kinds.map((value) => ({ value, label: kindLabels[value], className: `audience-kind--${value}` }))}
        value={kind}
        onChange={(value) => onChange({ kind: value, orgUnitIds: [], teamId: '' })}
      />
      {kind === 'orgUnits' &&
        (units.state.status === 'failed' ? (
          <ErrorState message={units.state.message} onRetry={units.reload} />
        ) : units.state.status === 'loading' ? (
          <Skeleton rows={2} animated />
        ) : (
          <View className="choice-chips">
            {unitChoices.map((choice) => (
              <Chip
                key={choice.value}
                className={`choice-chips__chip audience-unit--${choice.value}`}
                selected={orgUnitIds.includes(choice.value)}
                onClick={() => toggleUnit(choice.value)}
              >
                {choice.label}
              </Chip>
            ))}
          </View>
        ))}
      {kind === 'team' &&
        (teams.state.status === 'failed' ? (
          <ErrorState message={teams.state.message} onRetry={teams.reload} />
        ) : teams.state.status === 'loading' ? (
          <Skeleton rows={2} animated />
        ) : (
          <ChoiceChips choices={teamChoices} value={teamId} onChange={(value) => onChange({ kind, orgUnitIds, teamId: value })} />
        ))}
      {kind === 'orgUnits' && <Text className="activity-admin__hint">选择团支部即包含其下所有班级</Text>}
      <FieldError error={error} />
    </View>
  );
}
