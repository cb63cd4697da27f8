import { creditHours } from '../../cloudfunctions/_lib/hours/hours-ledger.repository';
import { db } from './bookings-fixtures';

export const ISSUER = {
  organisation: '星火学院团委',
  orgCode: 'SFQC',
  personInCharge: '赵书记',
  handlingOfficer: '陈老师',
  contact: '0771-1234567',
  sealFileId: null,
};

let sequence = 0;

/** A verified ledger entry, written by the ledger's own credit (the one way hours enter it). */
export const creditEntry = async (openid: string, minutes: number, verifiedAt: Date, title = '社区义务洗车') => {
  sequence += 1;
  await creditHours({ kind: 'activity', id: `act_cert${String(sequence).padStart(16, '0')}` }, [{ openid, minutes }], {
    verifiedBy: 'dev-leader',
    verifiedAt,
    teamId: 'team-car-care',
    title,
  });
};

/** An approved student with a name and number, as the certificate states them. */
export const putStudent = (openid: string, name: string, memberNo: string) =>
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
