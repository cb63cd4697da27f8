import type { ApplicationStatus, MemberKind } from '@core/membership.types';
import { database } from '../_lib/cloudbase';
import { decodeCursor, encodeCursor } from './page-cursor';

/** `member_applications`: every binding request is kept, reviewed or not, as membership history. */
export interface ApplicationDocument {
  _id: string;
  openid: string;
  name: string;
  memberNo: string;
  kind: MemberKind;
  orgUnitId: string;
  teamId: string | null;
  phone: string | null;
  status: ApplicationStatus;
  reason: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

export const APPLICATIONS = 'member_applications';
const applications = () => database.collection(APPLICATIONS);

export const findApplication = async (applicationId: string): Promise<ApplicationDocument | null> => {
  const { data } = await applications().doc(applicationId).get();
  return ((Array.isArray(data) ? data[0] : data) as ApplicationDocument | undefined) ?? null;
};

export const findLatestApplicationOf = async (openid: string): Promise<ApplicationDocument | null> => {
  const { data } = await applications().where({ openid }).orderBy('createdAt', 'desc').limit(1).get();
  return (data[0] as ApplicationDocument | undefined) ?? null;
};

export const hasPendingApplicationsIn = async (orgUnitId: string): Promise<boolean> => {
  const { data } = await applications().where({ orgUnitId, status: 'pending' }).limit(1).get();
  return data.length > 0;
};

/** Keyset page over the (status, createdAt, _id) index, oldest first so the queue is fair. */
export const pageApplications = async (status: ApplicationStatus, limit: number, cursor?: string) => {
  const _ = database.command;
  let query: object = { status };
  if (cursor) {
    const after = decodeCursor(cursor, 'number');
    const at = new Date(after.key);
    query = _.and([{ status }, _.or([{ createdAt: _.gt(at) }, { createdAt: at, _id: _.gt(after.id) }])]);
  }
  const { data } = await applications()
    .where(query)
    .orderBy('createdAt', 'asc')
    .orderBy('_id', 'asc')
    .limit(limit + 1)
    .get();
  const rows = data as ApplicationDocument[];
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(new Date(last.createdAt).getTime(), last._id) : null };
};
