import { createWeappHarness, type SimulatedComponent, waitFor } from './weapp-harness';

// An older client: getAppBaseInfo reports no font size, getSystemInfoSync does (1.25×).
const systemInfo = { platform: 'android', windowWidth: 390, windowHeight: 844, pixelRatio: 3, fontSizeScaleFactor: 1.25 };
let page: SimulatedComponent;

beforeAll(() => {
  const weapp = createWeappHarness({
    wx: { getAppBaseInfo: () => ({ SDKVersion: '2.19.0', language: 'zh_CN' }), getSystemInfoSync: () => systemInfo },
  });
  weapp.answerCloud(() => {
    throw new Error('cloud.callFunction:fail request:fail');
  });
  page = weapp.openPage('pages/me/index');
});

test("without getAppBaseInfo's factor, the page root takes getSystemInfoSync's", async () => {
  const root = (await waitFor(() => page.querySelector('.sf-page-root'))).dom;
  expect(root.getAttribute('style')).toMatch(/--sf-font-scale:\s*1\.25\b/);
});
