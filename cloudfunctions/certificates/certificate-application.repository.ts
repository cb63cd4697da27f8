import type { CertificatePeriod } from '@core/certificate';
import type { ApplicationStatus } from '@core/certificates.contract';
import { database } from '../_lib/cloudbase';
import { isDuplicateWrite } from '../_lib/database-error';

/**
 * `certificate_applications`: a member's request for a certificate over a period, and what
 * became of it. The owner of the collection. Status moves pending → issuing → issued (or pending
 * → declined) only by conditional updates, so two admins acting at once cannot both win. An
 * application left `issuing` by a crash is resumed by issuing it again (certificate-issuance.ts).
 */
export interface ApplicationDocument {
  _id: string;
  openid: string;
  period: CertificatePeriod & { label: string };
  status: ApplicationStatus;
  appliedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  declineReason: string | null;
  certificateNo: string | null;
  /** The certificate this one replaces (an admin's re-issue after a correction). */
  replaces?: string;
  /** Set when issuing starts: whose counter the serial comes from, so a resumed issue takes the same one. */
  issuing?: { orgCode: string; year: number; startedAt: Date };
}

const applications = () => database.collection('certificate_applications');
const _ = database.command;

export const insertApplication = async (application: ApplicationDocument): Promise<void> => {
  await applications().add(application);
};

/** Inserts an application with a server-made `_id` unless it is there; false when it already was. */
export const insertApplicationOnce = async (application: ApplicationDocument): Promise<boolean> => {
  try {
    await applications().add(application);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

export const findApplication = async (applicationId: string): Promise<ApplicationDocument | null> => {
  const { data } = await applications().doc(applicationId).get();
  return ((Array.isArray(data) ? data[0] : data) as ApplicationDocument | undefined) ?? null;
};

/** A member's applications, newest first (a handful over a college career; 100 is a ceiling). */
export const applicationsOf = async (openid: string): Promise<ApplicationDocument[]> => {
  const { data } = await applications().where({ openid }).orderBy('appliedAt', 'desc').limit(100).get();
  return data as ApplicationDocument[];
};

/** Whether the member already waits for one: one open application at a time. */
export const hasOpenApplication = async (openid: string): Promise<boolean> => {
  const { data } = await applications()
    .where({ openid, status: _.in(['pending', 'issuing']) })
    .limit(1)
    .get();
  return data.length > 0;
};

/** The review queue, oldest first: waiting ones and any an interrupted issue left `issuing`; a committee reviews tens at a time. */
export const pendingApplications = async (limit: number): Promise<ApplicationDocument[]> => {
  const { data } = await applications()
    .where({ status: _.in(['pending', 'issuing']) })
    .orderBy('appliedAt', 'asc')
    .limit(limit)
    .get();
  return data as ApplicationDocument[];
};

/** pending → declined, only if still pending; false when someone else decided first. */
export const declinePending = async (applicationId: string, by: string, declineReason: string): Promise<boolean> => {
  const { updated } = await applications()
    .where({ _id: applicationId, status: 'pending' })
    .update({ status: 'declined', decidedBy: by, decidedAt: new Date(), declineReason });
  return (updated ?? 0) > 0;
};

/** pending → issuing with the counter the serial will come from; false when someone else decided first. */
export const startIssuing = async (
  applicationId: string,
  by: string,
  issuing: NonNullable<ApplicationDocument['issuing']>,
): Promise<boolean> => {
  const { updated } = await applications()
    .where({ _id: applicationId, status: 'pending' })
    .update({ status: 'issuing', decidedBy: by, decidedAt: issuing.startedAt, declineReason: null, issuing });
  return (updated ?? 0) > 0;
};

/** issuing → issued with its number. */
export const finishIssuing = async (applicationId: string, certificateNo: string): Promise<void> => {
  await applications().where({ _id: applicationId, status: 'issuing' }).update({ status: 'issued', certificateNo });
};
