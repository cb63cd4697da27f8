import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { whoami } from '@/services/users';

/** Admins publish to anyone; team leaders to the teams they lead. */
export function usePublisher() {
  const { state, reload } = useEnvelopeLoader(whoami);
  const me = state.status === 'ready' ? state.data : null;
  const isAdmin = !!me?.roles.includes('admin');
  const ledTeamIds = me ? me.teamRoles.filter((membership) => membership.role === 'leader').map((membership) => membership.teamId) : [];
  return { state, reload, me, isAdmin, ledTeamIds, canPublish: isAdmin || ledTeamIds.length > 0 };
}
