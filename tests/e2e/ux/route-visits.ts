import { routes } from '../../../src/navigation/routes';

export type UxPersona = 'teacher' | 'student' | 'leader' | 'admin';
export const UX_PERSONAS: Record<UxPersona, string> = { teacher: '李老师', student: '张同学', leader: '王队长', admin: '陈老师' };

const everyone: UxPersona[] = ['teacher', 'student', 'leader', 'admin'];
const staff: UxPersona[] = ['teacher', 'admin'];
const leaders: UxPersona[] = ['leader', 'admin'];
const volunteers: UxPersona[] = ['student', 'leader'];
const admins: UxPersona[] = ['admin'];

/** The tab pages (app.config.ts tabBar), which routes.ts names only in part. */
const TABS = {
  tabHome: '/pages/index/index',
  tabServices: '/pages/services/index',
  tabActivities: '/pages/activities/index',
  tabQa: '/pages/qa/index',
  tabMe: '/pages/me/index',
} as const;

export interface RouteVisit {
  name: string;
  path: string;
  /** Query the page reads; seeded ids where the seed has them (a missing record shows its error state). */
  query?: string;
  personas: UxPersona[];
}

const CAR_CARE = 'teamId=team-car-care';

/** Who each page serves, by the roles its actions allow. */
const WHO: Record<keyof typeof routes, { personas: UxPersona[]; query?: string }> = {
  home: { personas: everyone },
  me: { personas: everyone },
  services: { personas: everyone },
  signIn: { personas: ['teacher'] },
  membershipForm: { personas: ['student'] },
  admin: { personas: admins },
  adminApplications: { personas: admins },
  adminMembers: { personas: admins },
  adminMember: { personas: admins, query: 'openid=dev-student' },
  adminOrgUnits: { personas: admins },
  adminTeams: { personas: admins },
  adminServiceTeams: { personas: admins },
  messages: { personas: everyone },
  teamRequests: { personas: leaders },
  service: { personas: everyone, query: 'serviceId=svc-pc-reinstall' },
  bookingForm: { personas: ['teacher'], query: 'serviceId=svc-pc-reinstall' },
  myBookings: { personas: everyone },
  booking: { personas: ['teacher'], query: 'bookingId=bkg_missing000000000001' },
  closeJob: { personas: volunteers, query: 'bookingId=bkg_missing000000000001' },
  jobs: { personas: volunteers },
  schedule: { personas: leaders, query: CAR_CARE },
  publishSlots: { personas: leaders, query: CAR_CARE },
  serviceCatalogue: { personas: leaders, query: CAR_CARE },
  serviceEdit: { personas: leaders, query: CAR_CARE },
  teamRoster: { personas: leaders, query: CAR_CARE },
  adminQaReview: { personas: admins },
  adminQaTags: { personas: admins },
  adminAudit: { personas: admins },
  adminRollover: { personas: admins },
  adminRosterImport: { personas: admins },
  qaAsk: { personas: everyone },
  qaQuestion: { personas: ['teacher', 'student'], query: 'id=q_missing0000000000001' },
  qaSearch: { personas: everyone, query: 'q=电脑' },
  notices: { personas: everyone },
  notice: { personas: ['student'], query: 'noticeId=ntc_missing000000000001' },
  noticeCompose: { personas: [...staff, 'leader'] },
  noticeReceipts: { personas: admins, query: 'noticeId=ntc_missing000000000001' },
  myNotices: { personas: [...staff, 'leader'] },
  activity: { personas: ['student', 'teacher'], query: 'activityId=act_missing000000000001' },
  activityScan: { personas: volunteers },
  myHours: { personas: volunteers },
  memberCode: { personas: volunteers },
  activityPoster: { personas: admins, query: 'activityId=act_missing000000000001' },
  activityEdit: { personas: admins },
  activityConsole: { personas: admins, query: 'activityId=act_missing000000000001' },
  activityTerms: { personas: admins },
  certificateVerify: { personas: ['teacher'] },
  myCertificates: { personas: volunteers },
  // No certificate is seeded: the page shows its 证明不存在 state.
  certificateImage: { personas: ['student'], query: 'no=SFQC-2000-00001' },
  adminCertificates: { personas: admins },
  pendingCorrections: { personas: admins },
  adminCertificateIssuer: { personas: admins },
  adminPlatformExport: { personas: admins },
  myHonours: { personas: ['student', 'leader'] },
  honourNotice: { personas: ['student', 'admin'] },
  honourSettings: { personas: admins },
  honourNominations: { personas: admins },
  annualReport: { personas: admins },
  statsDashboard: { personas: admins },
  teamStats: { personas: ['leader'] },
  myContribution: { personas: everyone },
};

/** Every page of app.config.ts with the personas it serves (routes.ts plus the tabs it leaves out). */
export const ROUTE_VISITS: RouteVisit[] = [
  ...Object.entries(TABS)
    .filter(([, path]) => !Object.values(routes).includes(path as never))
    .map(([name, path]) => ({ name, path, personas: everyone })),
  ...(Object.keys(WHO) as (keyof typeof routes)[]).map((name) => ({ name, path: routes[name], ...WHO[name] })),
];
