import { useCallback } from 'react';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { listTeams } from '@/services/org-units';

/** Team id → name (the id itself until the list arrives). */
export function useTeamNames() {
  const { state } = useEnvelopeLoader(listTeams);
  return useCallback(
    (teamId: string) => (state.status === 'ready' ? state.data.teams.find((team) => team.teamId === teamId)?.name : undefined) ?? teamId,
    [state],
  );
}
