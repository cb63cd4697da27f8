import Taro from '@tarojs/taro';

export interface ScanLocation {
  latitude: number;
  longitude: number;
  accuracy?: number;
}

export type LocateResult = { ok: true; location: ScanLocation } | { ok: false; denied: boolean };

/**
 * Where the student stands, for an activity with a check-in circle. WeChat answers GCJ-02, the
 * system the circle is drawn in. Taro's H5 getLocation refuses anything but WGS-84; H5 is the
 * local demo and browser-test surface, where the browser's position is set by the test, so the
 * few hundred metres between the two systems do not matter there.
 */
export async function locate(): Promise<LocateResult> {
  try {
    const position = await Taro.getLocation({ type: process.env.TARO_ENV === 'h5' ? 'wgs84' : 'gcj02' });
    const accuracy =
      Number.isFinite(position.accuracy) && position.accuracy >= 0 && position.accuracy <= 100_000 ? position.accuracy : undefined;
    return {
      ok: true,
      location: { latitude: position.latitude, longitude: position.longitude, ...(accuracy !== undefined && { accuracy }) },
    };
  } catch (error) {
    const message = (error as { errMsg?: string; message?: string })?.errMsg ?? (error as Error)?.message ?? '';
    // WeChat: `getLocation:fail auth deny`; browsers: `User denied Geolocation`.
    return { ok: false, denied: /auth|deny|denied|permission|privacy/i.test(message) };
  }
}

/** WeChat's settings page, where a student who once refused can allow 位置信息 again. */
export async function openLocationSetting(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') return false;
  try {
    const { authSetting } = await Taro.openSetting();
    return authSetting['scope.userLocation'] === true;
  } catch {
    return false;
  }
}
