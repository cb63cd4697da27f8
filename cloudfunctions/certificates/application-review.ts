import type { ApplicationForReview } from '@core/certificates.contract';
import { findUser } from '../_lib/user.repository';
import type { ApplicationDocument } from './certificate-application.repository';
import { linesFor } from './certificate-lines';
import { toApplicationForReview } from './certificate.view';

/** An application with its applicant and the verified entries a certificate would list today. */
export const reviewOf = async (application: ApplicationDocument): Promise<ApplicationForReview> => {
  const [member, lines] = await Promise.all([findUser(application.openid), linesFor(application.openid, application.period)]);
  return toApplicationForReview(application, { name: member?.name ?? '', memberNo: member?.memberNo ?? null }, lines);
};
