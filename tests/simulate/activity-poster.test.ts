import { sampleActivity } from './sample-records';
import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// 活动海报 in the real weapp build: the page draws on its Canvas 2D node (the activity's facts and
// its code, written to a local file first), exports the drawing as a temp file, shows it, and 保存到相册
// saves that file; a refused album permission is explained in Chinese with a way to the settings.
// WeChat's canvas, file system and album are the platform here: what they receive is what we check.
const activity = { ...sampleActivity(), cancellation: null, postponement: null };
const CODE_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const TEMP_POSTER = 'http://tmp/activity-poster.png';

type Drawn = { op: string; args: unknown[] };
let weapp: WeappHarness;
let page: SimulatedComponent;
const drawn: Drawn[] = [];
const written: { filePath: string; data: string; encoding: string }[] = [];
const exports: Record<string, unknown>[] = [];
const saves: string[] = [];
const modals: { title: string; content: string }[] = [];
const toasts: string[] = [];
const settingsOpened: number[] = [];
let albumAllowed = true;
let modalConfirms = false;

const text = () => page.dom.textContent ?? '';
const tap = (selector: string) => page.querySelector(selector)!.dispatchEvent('tap');

/** The node of Taro's page data (what setData rendered) whose class list names `className`. */
function nodeWithClass(tree: unknown, className: string): Record<string, unknown> | null {
  if (!tree || typeof tree !== 'object') return null;
  const node = tree as Record<string, unknown>;
  if (typeof node.cl === 'string' && node.cl.split(' ').includes(className)) return node;
  for (const child of Object.values(node)) {
    const found = nodeWithClass(child, className);
    if (found) return found;
  }
  return null;
}

/** The Canvas 2D node WeChat hands the page: a context that records each drawing call, images that load. */
function canvasNode() {
  const context: Record<string, unknown> = {
    measureText: (value: string) => ({ width: Array.from(value).length * 30 }),
  };
  for (const op of ['fillRect', 'fillText', 'drawImage']) context[op] = (...args: unknown[]) => drawn.push({ op, args });
  return {
    width: 0,
    height: 0,
    getContext: (kind: string) => (kind === '2d' ? context : null),
    createImage: () => {
      const image: Record<string, unknown> = {};
      let src = '';
      Object.defineProperty(image, 'src', {
        get: () => src,
        set: (value: string) => {
          src = value;
          setTimeout(() => (image.onload as () => void)?.(), 0);
        },
      });
      return image;
    },
  };
}

beforeAll(() => {
  weapp = createWeappHarness();
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  const node = canvasNode();
  // WeChat's SelectorQuery: select().fields() queue a node, exec() answers them in order.
  wxApi.createSelectorQuery = () => {
    const selected: string[] = [];
    const query = {
      in: () => query,
      select: (selector: string) => ({
        fields: () => {
          selected.push(selector);
          return query;
        },
      }),
      exec: (done: (result: unknown[]) => void) =>
        done(selected.map((selector) => (selector === '#activity-poster-canvas' ? { node } : null))),
    };
    return query;
  };
  wxApi.getFileSystemManager = () => ({
    writeFileSync: (filePath: string, data: string, encoding: string) => written.push({ filePath, data, encoding }),
  });
  wxApi.canvasToTempFilePath = (options: Record<string, unknown> & { success?: (r: object) => void }) => {
    exports.push(options);
    options.success?.({ tempFilePath: TEMP_POSTER, errMsg: 'canvasToTempFilePath:ok' });
  };
  wxApi.saveImageToPhotosAlbum = (options: { filePath: string; success?: (r: object) => void; fail?: (e: object) => void }) => {
    saves.push(options.filePath);
    if (albumAllowed) options.success?.({ errMsg: 'saveImageToPhotosAlbum:ok' });
    else options.fail?.({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' });
  };
  wxApi.showModal = (options: { title: string; content: string; success?: (r: { confirm: boolean; cancel: boolean }) => void }) => {
    modals.push({ title: options.title, content: options.content });
    options.success?.({ confirm: modalConfirms, cancel: !modalConfirms });
  };
  wxApi.showToast = (options: { title: string }) => toasts.push(options.title);
  wxApi.openSetting = (options: { success?: (r: object) => void }) => {
    settingsOpened.push(saves.length);
    // The user switches 添加到相册 on in the settings page.
    albumAllowed = true;
    options.success?.({ authSetting: { 'scope.writePhotosAlbum': true }, errMsg: 'openSetting:ok' });
  };
  weapp.answerCloud(({ name, data }) => {
    if (name === 'activities' && data.action === 'get') return { ok: true, data: { activity, mine: null, canOrganise: false } };
    if (name === 'activities' && data.action === 'poster')
      return {
        ok: true,
        data: { codeImage: `data:image/png;base64,${CODE_BASE64}`, page: 'packages/activities/detail/index', scene: 'a=leifeng' },
      };
    if (name === 'users' && data.action === 'whoami') return { ok: true, data: { openid: 'o-zhang', name: '张同学', roles: ['student'] } };
    return { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' };
  });
  page = weapp.openPage('packages/activities/poster/index', { activityId: activity.activityId });
});

test('opening the poster draws the activity and its code on the Canvas 2D node and shows the exported image', async () => {
  await waitFor(() => page.querySelector('.activity-poster__save'));
  const posterCalls = weapp.cloudCalls.filter((call) => call.name === 'activities' && call.data.action === 'poster');
  expect(posterCalls.map((call) => call.data)).toEqual([{ action: 'poster', activityId: 'act-leifeng' }]);

  // The code went to a local file (base64 without the data-URL prefix), and that file is what was drawn.
  expect(written).toEqual([{ filePath: '/usr//activity-poster-code.png', data: CODE_BASE64, encoding: 'base64' }]);
  const images = drawn.filter((call) => call.op === 'drawImage');
  expect(images).toHaveLength(1);
  expect((images[0].args[0] as { src: string }).src).toBe('/usr//activity-poster-code.png');
  expect(images[0].args.slice(1)).toEqual([195, 690, 360, 360]);

  const lines = drawn.filter((call) => call.op === 'fillText').map((call) => call.args[0]);
  expect(lines).toEqual(expect.arrayContaining(['星火志愿', '志愿活动邀请', '地点：社区服务中心', '组织者：陈老师', '扫码查看活动并报名']));
  expect(lines.join('')).toContain('学雷锋日 社区志愿服务');
  expect(exports).toHaveLength(1);
  expect(exports[0]).toMatchObject({ fileType: 'png', destWidth: 750, destHeight: 1200 });
  // The simulator renders no src attribute: the image's node in the page data carries it (props are short-named).
  expect(Object.values(nodeWithClass(page.instance.data, 'activity-poster__image') ?? {})).toContain(TEMP_POSTER);
  expect(text()).toContain('保存到相册');
});

test('保存到相册 saves the drawn temp file and says so', async () => {
  tap('.activity-poster__save');
  await waitFor(() => toasts.includes('已保存到相册'));
  expect(saves).toEqual([TEMP_POSTER]);
  expect(modals).toEqual([]);
});

test('a refused album permission is explained in Chinese; 去设置 opens the settings and saves once allowed', async () => {
  albumAllowed = false;
  tap('.activity-poster__save');
  await waitFor(() => modals.length === 1);
  expect(modals[0].title).toBe('需要相册权限');
  expect(modals[0].content).toContain('添加到相册');
  // 取消: nothing more happens.
  await waitFor(() => page.querySelector('.activity-poster__save')!.dom.textContent === '保存到相册');
  expect(settingsOpened).toEqual([]);
  expect(saves).toEqual([TEMP_POSTER, TEMP_POSTER]);

  albumAllowed = false;
  modalConfirms = true;
  toasts.length = 0;
  tap('.activity-poster__save');
  await waitFor(() => toasts.includes('已保存到相册'));
  expect(modals.map((modal) => modal.title)).toEqual(['需要相册权限', '需要相册权限']);
  expect(settingsOpened).toEqual([3]);
  expect(saves).toEqual([TEMP_POSTER, TEMP_POSTER, TEMP_POSTER, TEMP_POSTER]);
});
