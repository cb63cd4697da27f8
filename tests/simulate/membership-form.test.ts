import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// The binding form in the real weapp build: privacy notice first, then validation on tap
// with the server's own rules, and nothing sent while the form is wrong.
const units = [
  {
    orgUnitId: 'ou-college',
    name: '汽车与信息工程学院',
    kind: 'college',
    parentId: null,
    order: 0,
    stage: null,
    years: null,
    archived: false,
  },
  {
    orgUnitId: 'ou-branch',
    name: '汽车专业群团支部',
    kind: 'branch',
    parentId: 'ou-college',
    order: 0,
    stage: null,
    years: null,
    archived: false,
  },
  { orgUnitId: 'ou-class', name: '汽修2301班', kind: 'class', parentId: 'ou-branch', order: 0, stage: 2, years: 3, archived: false },
];
const teams = [{ teamId: 'team-car-care', name: '汽车维护服务队', summary: '', orgUnitId: 'ou-college' }];

let weapp: WeappHarness;
let page: SimulatedComponent;

// WeChat silently drops an element whose template the build lacks (NutUI's icons are HTML <i>).
const missingTemplates: string[] = [];

const text = () => page.dom.textContent ?? '';
const applyCalls = () => weapp.cloudCalls.filter((call) => call.data.action === 'applyMembership');

beforeAll(() => {
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (/Template `tmpl_\w+` not found/.test(line)) missingTemplates.push(line);
  });
  weapp = createWeappHarness();
  weapp.answerCloud(({ data }) => {
    if (data.action === 'listOrgUnits') return { ok: true, data: { units } };
    if (data.action === 'listTeams') return { ok: true, data: { teams } };
    return { ok: true, data: { openid: 'o-new', name: '', roles: ['guest'], registered: true, created: false } };
  });
  page = weapp.openPage('packages/account/membership/index');
});

test('the privacy notice comes first and the form appears only after agreeing', async () => {
  await waitFor(() => text().includes('隐私保护指引'));
  expect(page.querySelector('.membership-form__submit')).toBeFalsy();

  const agree = await waitFor(() => page.querySelector('.privacy-notice__accept'));
  // WeChat records consent through the button's open-type and then fires this event.
  agree.dispatchEvent('agreeprivacyauthorization');

  await waitFor(() => page.querySelector('.membership-form__submit'));
  expect(text()).not.toContain('隐私保护指引');
  expect(text()).toContain('汽车维护服务队');
});

test('tapping 提交申请 on an empty form shows the Chinese rules and sends nothing', async () => {
  page.querySelector('.membership-form__submit')!.dispatchEvent('tap');
  await waitFor(() => text().includes('请填写姓名'));
  expect(text()).toContain('学号/工号应为 6–20 位字母或数字');
  expect(text()).toContain('请选择身份');
  expect(text()).toContain('请选择所在组织');
  expect(applyCalls()).toHaveLength(0);
});

test('a bad phone number is caught the same way', async () => {
  const phone = page.querySelector('.membership-form__phone .membership-form__input')!;
  phone.dispatchEvent('input', { detail: { value: '12345' } });
  page.querySelector('.membership-form__submit')!.dispatchEvent('tap');
  await waitFor(() => text().includes('手机号应为 11 位中国大陆手机号'));
  expect(applyCalls()).toHaveLength(0);
});

test('the org-unit sheet opens, and every element rendered so far has a weapp template', async () => {
  page.querySelector('.org-unit-picker')!.dispatchEvent('tap');
  await waitFor(() => text().includes('汽车与信息工程学院'));
  expect(missingTemplates).toEqual([]);
});
