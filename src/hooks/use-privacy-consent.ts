import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';

/** Bump when the notice's content changes, so H5 users see and accept it again. */
const NOTICE_VERSION = '2025-1';
const H5_ACCEPTED_KEY = 'starfire.privacy-accepted';
/** The id WeChat checks on the agree button when a pending privacy API is resolved. */
export const AGREE_BUTTON_ID = 'privacy-agree';

export type PrivacyConsent = 'checking' | 'needed' | 'granted';

type PendingResolve = (option: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;

/**
 * Whether the user has accepted the 隐私保护指引. In WeChat the platform keeps the answer
 * (`getPrivacySetting`), and an agree button with `open-type="agreePrivacyAuthorization"` records
 * it; `onNeedPrivacyAuthorization` also brings the notice back if any privacy API asks first.
 * On H5 there is no platform, so acceptance of this notice version is kept in storage.
 */
export function usePrivacyConsent() {
  const [consent, setConsent] = useState<PrivacyConsent>('checking');
  const pendingResolve = useRef<PendingResolve | null>(null);

  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') {
      setConsent(Taro.getStorageSync(H5_ACCEPTED_KEY) === NOTICE_VERSION ? 'granted' : 'needed');
      return;
    }
    // Base libraries before 2.32.3 have no privacy APIs and no privacy check to satisfy.
    if (typeof Taro.getPrivacySetting !== 'function') {
      setConsent('granted');
      return;
    }
    Taro.onNeedPrivacyAuthorization((resolve) => {
      pendingResolve.current = resolve;
      resolve({ event: 'exposureAuthorization' });
      setConsent('needed');
    });
    Taro.getPrivacySetting({
      success: (result) => setConsent(result.needAuthorization ? 'needed' : 'granted'),
      // Unknown answer: ask rather than collect without consent.
      fail: () => setConsent('needed'),
    });
  }, []);

  /** Call from the agree button's handler (on weapp: its `onAgreePrivacyAuthorization`). */
  const accept = useCallback(() => {
    if (process.env.TARO_ENV !== 'weapp') Taro.setStorageSync(H5_ACCEPTED_KEY, NOTICE_VERSION);
    pendingResolve.current?.({ event: 'agree', buttonId: AGREE_BUTTON_ID });
    pendingResolve.current = null;
    setConsent('granted');
  }, []);

  const decline = useCallback(() => {
    pendingResolve.current?.({ event: 'disagree' });
    pendingResolve.current = null;
  }, []);

  return { consent, accept, decline };
}
