import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FONT_SCALE_STORAGE_KEY } from '../../src/accessibility/font-scale-setting';
import { APP_PAGES } from './ux/app-pages';
import { inspectPage, type PageFindings } from './ux/page-findings';
import { ROUTE_VISITS, UX_PERSONAS, type RouteVisit, type UxPersona } from './ux/route-visits';

/** WeChat's touch guidance, 44 × 44 pt, in CSS px at 390 wide. */
const MIN_TAP = 44;
const SHOTS = 'reports/pages';
mkdirSync(SHOTS, { recursive: true });

/** From a fresh browser: 选择身份 → the persona, with the H5 font-size setting at `scale`. */
async function signIn(page: Page, persona: UxPersona, scale: number) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, JSON.stringify({ data: value })), [
    FONT_SCALE_STORAGE_KEY,
    scale,
  ] as const);
  await page.goto('/');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.taro-tabbar__tabbar')).toBeVisible();
}

/** Opens the page through the router (no reload) and waits until its loading state has gone. */
async function visit(page: Page, route: RouteVisit) {
  const url = `${route.path}${route.query ? `?${route.query}` : ''}`;
  await page.evaluate((target) => {
    window.location.hash = `#${target}`;
  }, url);
  await page.waitForFunction((path) => window.location.hash.startsWith(`#${path}`), route.path);
  await page.waitForTimeout(150);
  await page
    .waitForFunction(
      () => {
        const pages = Array.from(document.querySelectorAll('.taro_page')).filter((el) => getComputedStyle(el).display !== 'none');
        const current = pages[pages.length - 1];
        return Boolean(current) && !/加载中|正在加载/.test(current.textContent ?? '');
      },
      undefined,
      { timeout: 4_000 },
    )
    .catch(() => undefined);
}

const problemsOf = (where: string, findings: PageFindings) => [
  ...findings.overflow.map((item) => `${where}: wider than the screen: ${item}`),
  ...findings.smallTaps.map((item) => `${where}: tap target under ${MIN_TAP}px: ${item}`),
  ...findings.clipped.map((item) => `${where}: clipped text: ${item}`),
  ...findings.brokenImages.map((item) => `${where}: broken image: ${item}`),
  ...findings.unlabelled.map((item) => `${where}: icon-only control without aria-label: ${item}`),
];

const SCALES = [1, 1.5] as const;
/** Every page a persona is served, at the normal size and at 1.5×. */
const passes = SCALES.flatMap((scale) =>
  (Object.keys(UX_PERSONAS) as UxPersona[]).map((persona) => ({
    persona,
    scale,
    visits: ROUTE_VISITS.filter((route) => route.personas.includes(persona)),
  })),
);
/**
 * Route × persona visits done, per pass, kept in this run's data dir: a failed test restarts the
 * worker (and this module), and the closing line still counts every pass of the run.
 */
const CHECKED = path.join(process.env.STARFIRE_E2E_DATA ?? os.tmpdir(), 'page-ux-checked.json');
const readChecked = (): Record<string, number> => (existsSync(CHECKED) ? JSON.parse(readFileSync(CHECKED, 'utf8')) : {});
const recordChecked = (pass: string, visits: number) => writeFileSync(CHECKED, JSON.stringify({ ...readChecked(), [pass]: visits }));

test.describe('page-by-page UX check at 390×844', () => {
  test.describe.configure({ timeout: 180_000 });

  test('every page of src/app.config.ts is visited by at least one persona', () => {
    const visited = new Set(ROUTE_VISITS.filter((route) => route.personas.length > 0).map((route) => route.path));
    expect(APP_PAGES.filter((path) => !visited.has(path))).toEqual([]);
  });

  for (const { persona, scale, visits } of passes) {
    test(`${UX_PERSONAS[persona]} at ${scale}× font: ${visits.length} pages fit the screen, no small taps, nothing clipped`, async ({
      page,
    }) => {
      const crashes: string[] = [];
      page.on('pageerror', (error) => crashes.push(error.message));
      await signIn(page, persona, scale);
      const problems: string[] = [];
      let done = 0;
      for (const route of visits) {
        await visit(page, route);
        const where = `${route.path} as ${persona} at ${scale}×`;
        problems.push(...problemsOf(where, await page.evaluate(inspectPage, MIN_TAP)));
        problems.push(...crashes.splice(0).map((message) => `${where}: uncaught error: ${message}`));
        await page.screenshot({ path: `${SHOTS}/${route.name}-${persona}${scale === 1 ? '' : `-x${scale}`}.png` });
        recordChecked(`${persona}@${scale}`, ++done);
      }
      console.log(`UX check: ${visits.length} routes as ${persona} at ${scale}×, ${problems.length} problems`);
      expect(problems).toEqual([]);
    });
  }

  test.afterAll(() => {
    const checked = readChecked();
    // Printed once, by the worker that ran the last pass.
    if (!(`${passes.at(-1)!.persona}@${passes.at(-1)!.scale}` in checked)) return;
    const [normal, large] = SCALES.map((scale) =>
      Object.entries(checked)
        .filter(([pass]) => pass.endsWith(`@${scale}`))
        .reduce((sum, [, visits]) => sum + visits, 0),
    );
    console.log(`UX check: routes × personas checked: ${normal + large} (1×: ${normal}, 1.5×: ${large})`);
  });
});
