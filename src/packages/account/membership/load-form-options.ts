import type { Envelope } from '@core/envelope';
import type { OrgUnit, ServiceTeam } from '@core/users.contract';
import { listOrgUnits, listTeams } from '@/services/org-units';

/** The choices the binding form offers: the org-unit tree and the service teams. */
export interface FormOptions {
  units: OrgUnit[];
  teams: ServiceTeam[];
}

export async function loadFormOptions(): Promise<Envelope<FormOptions>> {
  const [units, teams] = await Promise.all([listOrgUnits(), listTeams()]);
  if (!units.ok) return units;
  if (!teams.ok) return teams;
  return { ok: true, data: { units: units.data.units, teams: teams.data.teams } };
}
