/** Page URLs in one place, so a moved page breaks one line and not every caller. */
export const routes = {
  home: '/pages/index/index',
  me: '/pages/me/index',
  signIn: '/packages/account/sign-in/index',
  membershipForm: '/packages/account/membership/index',
  admin: '/packages/admin/index/index',
  adminApplications: '/packages/admin/applications/index',
  adminMembers: '/packages/admin/members/index',
  adminMember: '/packages/admin/member/index',
  adminOrgUnits: '/packages/admin/org-units/index',
  adminTeams: '/packages/admin/teams/index',
  adminQaReview: '/packages/admin/qa-review/index',
  qaAsk: '/packages/qa/ask/index',
  qaQuestion: '/packages/qa/question/index',
  qaSearch: '/packages/qa/search/index',
} as const;
