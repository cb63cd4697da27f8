// Tab pages only in the main package; every feature lives in a subpackage under packages/.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/services/index', 'pages/activities/index', 'pages/qa/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/account', pages: ['sign-in/index', 'membership/index', 'messages/index', 'team-requests/index'] },
    {
      root: 'packages/admin',
      pages: [
        'index/index',
        'applications/index',
        'members/index',
        'member/index',
        'org-units/index',
        'teams/index',
        'service-teams/index',
        'qa-review/index',
        'qa-tags/index',
        'audit/index',
        'rollover/index',
        'roster-import/index',
        'certificates/index',
        'certificate-issuer/index',
        'platform-export/index',
      ],
    },
    { root: 'packages/qa', pages: ['ask/index', 'question/index', 'search/index'] },
    { root: 'packages/notices', pages: ['list/index', 'detail/index', 'compose/index', 'receipts/index', 'mine/index'] },
    {
      root: 'packages/bookings',
      pages: [
        'service/index',
        'book/index',
        'mine/index',
        'booking/index',
        'close/index',
        'jobs/index',
        'schedule/index',
        'publish/index',
        'catalogue/index',
        'service-edit/index',
        'roster/index',
      ],
    },
    { root: 'packages/activity-admin', pages: ['edit/index', 'console/index', 'terms/index', 'corrections/index'] },
    { root: 'packages/activities', pages: ['detail/index', 'scan/index', 'hours/index', 'member-code/index', 'poster/index'] },
    { root: 'packages/certificates', pages: ['verify/index', 'mine/index', 'image/index'] },
    { root: 'packages/honours', pages: ['mine/index', 'notice/index', 'settings/index', 'nominations/index'] },
    { root: 'packages/stats', pages: ['dashboard/index', 'team/index', 'mine/index', 'report/index'] },
  ],
  // The binding form collects a student/staff number and phone, and check-in at an activity with
  // a check-in circle reads the location: WeChat requires the user to accept the 隐私保护指引
  // first (the notice's text, location included, is declared in the mp console).
  __usePrivacyCheck__: true,
  // getLocation must be declared, and its purpose stated, before WeChat lets the scanner call it.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于确认你在活动签到范围内' } },
  // H5 only: Taro's slide-in page animation leaves the page below blank when 返回 is tapped
  // within its 300 ms (a hide timer it never clears adds taro_page_shade after the page is back).
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#D8342C',
    navigationBarTitleText: '星火志愿',
    navigationBarTextStyle: 'white',
    // WeChat draws this bar natively; on H5 Taro draws it only when asked (docs/decisions.md).
    navigationStyle: 'default',
    backgroundColor: '#F5F5F7',
  },
  tabBar: {
    color: '#8A8A8F',
    selectedColor: '#D8342C',
    backgroundColor: '#FFFFFF',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/index/index',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
        text: '首页',
      },
      {
        pagePath: 'pages/services/index',
        iconPath: 'assets/tabbar/services.png',
        selectedIconPath: 'assets/tabbar/services-active.png',
        text: '服务',
      },
      {
        pagePath: 'pages/activities/index',
        iconPath: 'assets/tabbar/activities.png',
        selectedIconPath: 'assets/tabbar/activities-active.png',
        text: '活动',
      },
      { pagePath: 'pages/qa/index', iconPath: 'assets/tabbar/qa.png', selectedIconPath: 'assets/tabbar/qa-active.png', text: '问答' },
      { pagePath: 'pages/me/index', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png', text: '我的' },
    ],
  },
});
