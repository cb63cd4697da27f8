import { useMemo } from 'react';
import type { Envelope } from '@core/envelope';
import { buildOrgUnitTree, orgUnitLabel } from '@core/org-unit-tree';
import type { OrgUnit, ServiceTeam } from '@core/users.contract';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { listOrgUnits, listTeams } from '@/services/org-units';

async function loadOrgNames(): Promise<Envelope<{ units: OrgUnit[]; teams: ServiceTeam[] }>> {
  // Archived classes are included: members who graduated still name them.
  const [units, teams] = await Promise.all([listOrgUnits(), listTeams(true)]);
  if (!units.ok) return units;
  if (!teams.ok) return teams;
  return { ok: true, data: { units: units.data.units, teams: teams.data.teams } };
}

/**
 * Names for the ids lists carry (orgUnitId, teamId). Loaded once per page; an id that is not
 * found (or not loaded yet) shows a neutral placeholder rather than failing the list.
 */
export function useOrgNames() {
  const { state } = useEnvelopeLoader(loadOrgNames);
  return useMemo(() => {
    const data = state.status === 'ready' ? state.data : { units: [], teams: [] };
    const tree = buildOrgUnitTree(data.units, { includeArchived: true });
    const teamNames = new Map(data.teams.map((team) => [team.teamId, team.name]));
    return {
      /** False until the names arrive: an empty `teams` means "none yet" only once loaded. */
      loaded: state.status === 'ready',
      teams: data.teams,
      unitName: (orgUnitId: string | null) => (state.status === 'ready' ? orgUnitLabel(tree, orgUnitId) : '…'),
      teamName: (teamId: string | null) => (teamId ? (teamNames.get(teamId) ?? '…') : '未选择'),
    };
  }, [state]);
}
