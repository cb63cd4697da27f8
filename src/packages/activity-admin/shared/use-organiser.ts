import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { whoami } from '@/services/users';

/** Admins organise any activity; team leaders those of the teams they lead. */
export function useOrganiser() {
  const { state, reload } = useEnvelopeLoader(whoami);
  const me = state.status === 'ready' ? state.data : null;
  const isAdmin = !!me?.roles.includes('admin');
  const ledTeamIds = me ? me.teamRoles.filter((membership) => membership.role === 'leader').map((membership) => membership.teamId) : [];
  return { state, reload, isAdmin, ledTeamIds, canOrganise: isAdmin || ledTeamIds.length > 0 };
}
