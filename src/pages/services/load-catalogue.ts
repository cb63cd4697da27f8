import type { Envelope } from '@core/envelope';
import type { BookableService } from '@core/booking.types';
import type { ServiceTeam } from '@core/users.contract';
import { listServices } from '@/services/bookings';
import { listTeams } from '@/services/org-units';

/** One team and its bookable services, in the catalogue's order. */
export interface TeamCatalogue {
  team: ServiceTeam;
  services: BookableService[];
}

/**
 * Every team that still serves, those without services too (a member may still ask to join them),
 * after the teams that have something to book: most people open 服务 to book.
 */
export async function loadCatalogue(): Promise<Envelope<TeamCatalogue[]>> {
  const [teams, services] = await Promise.all([listTeams(), listServices()]);
  if (!teams.ok) return teams;
  if (!services.ok) return services;
  const catalogue = teams.data.teams.map((team) => ({
    team,
    services: services.data.services.filter((service) => service.teamId === team.teamId).sort((a, b) => a.order - b.order),
  }));
  const bookableFirst = [...catalogue.filter((entry) => entry.services.length > 0), ...catalogue.filter((entry) => !entry.services.length)];
  return { ok: true, data: bookableFirst };
}
