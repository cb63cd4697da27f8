import type { BookableService } from '@core/booking.types';
import { database } from '../_lib/cloudbase';

/** `services`: each team's catalogue (seeded; leaders edit their own team's). */
export type ServiceDocument = Omit<BookableService, 'serviceId'> & {
  _id: string;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string | null;
};

const SERVICES = 'services';
const services = () => database.collection(SERVICES);

export const findService = async (serviceId: string): Promise<ServiceDocument | null> => {
  const { data } = await services().doc(serviceId).get();
  return ((Array.isArray(data) ? data[0] : data) as ServiceDocument | undefined) ?? null;
};

export const listServices = async (filter: { teamId?: string; includeInactive: boolean }): Promise<ServiceDocument[]> => {
  const where: Record<string, unknown> = {};
  if (filter.teamId) where.teamId = filter.teamId;
  if (!filter.includeInactive) where.active = true;
  const { data } = await services().where(where).orderBy('teamId', 'asc').orderBy('order', 'asc').limit(1000).get();
  return data as ServiceDocument[];
};

/** Whole-document write: the caller has already checked the leader and merged the edit. */
export const writeService = async (service: ServiceDocument): Promise<void> => {
  const { _id, ...fields } = service;
  await services().doc(_id).set(fields);
};
