/**
 * The records the simulate tests answer the weapp pages with, in the shape the contracts give
 * them: one scheduled activity (tomorrow, sign-up open) and one bookable 洗车 slot. A test
 * spreads what it needs different over them.
 */
export const HOUR = 3_600_000;
/** An instant this far from now, as the functions send it. */
export const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

export const sampleActivity = () => ({
  activityId: 'act-leifeng',
  title: '学雷锋日 社区志愿服务',
  description: '到社区开展义诊和清洁。',
  coverFileId: null as string | null,
  coverUrl: null as string | null,
  place: '社区服务中心',
  circle: { latitude: 22.8171, longitude: 108.3669, radiusMeters: 200 } as {
    latitude: number;
    longitude: number;
    radiusMeters: number;
  } | null,
  startAt: iso(24 * HOUR),
  endAt: iso(27 * HOUR),
  signUpOpensAt: iso(-24 * HOUR),
  signUpClosesAt: iso(12 * HOUR),
  capacity: 30,
  signedUpCount: 3,
  audience: { kind: 'everyone' },
  hoursRule: { kind: 'measured', fixedMinutes: null, rounding: 'standard' },
  checkoutRequired: true,
  allowWalkIn: false,
  earlyMinutes: 30,
  lateMinutes: 30,
  templateKey: null,
  teamId: null,
  organiserOpenid: 'dev-admin',
  organiserName: '陈老师',
  status: 'scheduled',
  createdAt: iso(-48 * HOUR),
});

export const sampleSlot = {
  slotId: 'svc-car-wash_20300105_0900',
  serviceId: 'svc-car-wash',
  teamId: 'team-car-care',
  serviceName: '洗车',
  detailsKind: 'car',
  day: '2030-01-05',
  startClock: '09:00',
  endClock: '10:00',
  startAt: '2030-01-05T01:00:00.000Z',
  endAt: '2030-01-05T02:00:00.000Z',
  place: '实训中心汽车维护工位',
  capacity: 3,
  remaining: 1,
  status: 'open',
  bookableFrom: '2029-12-22T16:00:00.000Z',
  bookableUntil: '2030-01-04T23:00:00.000Z',
  bookable: true,
  cancelReason: null,
};
