import type { Caller } from '../_lib/define-function';
import { grantFileReaders } from '../_lib/storage/file.repository';
import { requireOwnFiles } from '../_lib/storage/require-own-files';
import { signedDownloadUrls } from '../_lib/storage/signed-download-url';

/**
 * Photos of a booking are the booker's own, content-checked uploads (platform storage). No role
 * reads them: attaching them to a booking grants the serving team, so a volunteer of another team
 * (or another teacher) holding a fileID still gets FORBIDDEN from `files.tempUrl`.
 */
export const requireBookingPhotos = (photos: string[], openid: string): Promise<void> => requireOwnFiles(photos, openid, 'booking-photo');

/**
 * Run before the booking is stored: a crash after the grant leaves the team able to see photos the
 * booker meant for it, while the other order could leave a booking whose team cannot see its photos.
 */
export const shareBookingPhotos = (photos: string[], booker: string, teamId: string): Promise<void> =>
  grantFileReaders(photos, booker, { teamId });

/** The after-photo is the closing volunteer's upload; the booker and the whole team may see it. */
export const attachAfterPhoto = async (fileId: string, volunteer: string, booking: { teamId: string; openid: string }) => {
  await requireOwnFiles([fileId], volunteer, 'booking-photo');
  await grantFileReaders([fileId], volunteer, { teamId: booking.teamId, openid: booking.openid });
};

/**
 * Readable URLs of a booking's photos, still decided per file by its record (so the booking's
 * grants, not the caller's role, are what lets anyone but the owner in). Refused files are left out.
 */
export const bookingPhotoUrls = async (photos: string[], caller: Caller): Promise<Record<string, string>> => {
  if (photos.length === 0) return {};
  const answers = await signedDownloadUrls(photos, caller);
  return Object.fromEntries(answers.flatMap((answer) => (answer.ok ? [[answer.fileId, answer.tempUrl]] : [])));
};
