import { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { startCloud } from '@/services/cloud';
import { login } from '@/services/users';
import { installSessionExpiryRedirect } from '@/navigation/sign-in-guard';
import { applyFontScale } from '@/accessibility/font-scale';
import { installPageFontScale } from '@/accessibility/page-font-scale';
import { installOfflinePageNotice } from '@/navigation/offline-page-notice';
import { labelH5NavigationBar } from '@/navigation/h5-navigation-bar';
import './app.scss';

// Before Taro creates the app object (its page mounts are wrapped as it is set).
installPageFontScale();

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    startCloud();
    applyFontScale();
    // In WeChat every launch registers (first time) or refreshes the caller; on H5
    // the dev sign-in page does this after a persona is chosen.
    if (process.env.TARO_ENV === 'weapp') void login();
    installSessionExpiryRedirect();
    installOfflinePageNotice();
    labelH5NavigationBar();
  });
  return children;
}

export default App;
