import { createWeappHarness, type SimulatedComponent, waitFor } from './weapp-harness';

// A user who set WeChat's font size to 1.5× (我 → 设置 → 通用 → 字体大小).
const appBaseInfo = { SDKVersion: '3.3.4', language: 'zh_CN', version: '8.0.50', theme: 'light', fontSizeScaleFactor: 1.5 };
let page: SimulatedComponent;

beforeAll(() => {
  const weapp = createWeappHarness({ wx: { getAppBaseInfo: () => appBaseInfo } });
  weapp.answerCloud(() => {
    throw new Error('cloud.callFunction:fail request:fail');
  });
  page = weapp.openPage('pages/me/index');
});

test("a page's root carries WeChat's font size, and the page renders inside it", async () => {
  const root = (await waitFor(() => page.querySelector('.sf-page-root'))).dom;
  expect(root.getAttribute('style')).toMatch(/--sf-font-scale:\s*1\.5\b/);
  // The root is the page's one outermost node: everything the page draws is inside it.
  expect(page.querySelectorAll('.sf-page-root')).toHaveLength(1);
  expect(page.dom.firstElementChild).toBe(root);
  await waitFor(() => (root.textContent ?? '').includes('网络异常'));
  expect(root.textContent).toBe(page.dom.textContent);
});
