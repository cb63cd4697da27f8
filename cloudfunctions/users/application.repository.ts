import type { ApplicationStatus, MemberKind, RosterMatch } from '@core/membership.types';
import { documentId } from '@core/text.schema';
import { database } from '../_lib/cloudbase';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';
import { readInTransaction, type TransactionScope } from '../_lib/transaction.repository';

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
  /** What the imported roster said of this number at apply time (absent on older applications). */
  rosterMatch?: RosterMatch;
}

const APPLICATIONS = 'member_applications';
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

/** Oldest first over the (status, createdAt, _id) index, so the queue is fair. */
const OLDEST_FIRST = keyset({ createdAt: key.date('asc'), _id: key.id('asc', documentId) });

export const pageApplications = (status: ApplicationStatus, limit: number, cursor?: string) =>
  readKeysetPage<ApplicationDocument>(applications(), OLDEST_FIRST, { status }, { cursor, limit });

/** Inside a membership transaction (membership.repository.ts). */
export const readApplicationIn = (tx: TransactionScope, applicationId: string) =>
  readInTransaction<ApplicationDocument>(tx, APPLICATIONS, applicationId);

export const addApplicationIn = async (tx: TransactionScope, application: ApplicationDocument): Promise<void> => {
  await tx.collection(APPLICATIONS).add(application);
};

/** The review's outcome (approved, rejected, withdrawn) with its time and reviewer. */
export const reviewApplicationIn = async (
  tx: TransactionScope,
  applicationId: string,
  review: Pick<ApplicationDocument, 'status' | 'reviewedAt'> & Partial<Pick<ApplicationDocument, 'reason' | 'reviewedBy'>>,
): Promise<void> => {
  await tx.collection(APPLICATIONS).doc(applicationId).update(review);
};
