/** Page URLs in one place, so a moved page breaks one line and not every caller. */
export const routes = {
  home: '/pages/index/index',
  me: '/pages/me/index',
  signIn: '/packages/account/sign-in/index',
} as const;
