import { creditHours } from '../../cloudfunctions/_lib/hours/hours-ledger.repository';
import { db } from './bookings-fixtures';

let sequence = 0;

/** A verified ledger entry through the ledger's own credit (the one way hours enter it); answers its id. */
export const creditMinutes = async (
  openid: string,
  minutes: number,
  verifiedAt = new Date(),
  kind: 'activity' | 'booking' = 'activity',
) => {
  sequence += 1;
  const id = `${kind === 'activity' ? 'act_hon' : 'bkg_hon'}${String(sequence).padStart(13, '0')}`;
  await creditHours({ kind, id }, [{ openid, minutes }], {
    verifiedBy: 'dev-leader',
    verifiedAt,
    teamId: 'team-car-care',
    title: '社区义务洗车',
  });
  return `${kind}:${id}:${openid}`;
};

/** An approved student, as lists name them. */
export const putMember = (openid: string, name: string, memberNo: string) =>
  db().collection('users').doc(openid).set({
    name,
    membershipStatus: 'approved',
    memberKind: 'student',
    memberNo,
    phone: null,
    orgUnitId: 'ou-class-qx2301',
    teamRoles: [],
    latestApplicationId: null,
    createdAt: new Date(),
    lastLoginAt: new Date(),
  });

/** Lets a notice period pass: its end moved an hour into the past (the clock cannot be moved in the host). */
export const endNotice = (awardId: string) =>
  db()
    .collection('honour_awards')
    .doc(awardId)
    .update({ noticeEndsAt: new Date(Date.now() - 60 * 60 * 1000) });

/** Small thresholds (1–5 h) so a few entries reach every level. */
export const SMALL_THRESHOLDS = { thresholds: [1, 2, 3, 4, 5], noticeWorkingDays: 5, nominationRules: [] };
