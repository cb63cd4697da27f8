import { sampleCertificate } from '../functions/certificate-sample';
import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// 证明图片 in the real weapp build: the page asks certificates.imageParts for the certificate, its
// QR and seal, draws the PDF's layout on its Canvas 2D node (QR and seal written to local files
// first), exports an A4 image at 2× and 保存到相册 saves it; a refused album permission is explained
// in Chinese with a way to the settings. WeChat's canvas, files and album are what we check.
const printed = sampleCertificate(3, 'SFQC-2026-00077');
const certificate = {
  certificateNo: printed.facts.certificateNo,
  status: 'valid',
  facts: printed.facts,
  signature: 'c2lnbmF0dXJl',
  name: printed.name,
  memberNo: printed.memberNo,
  revokedReason: null,
};
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const TEMP_IMAGE = 'http://tmp/certificate.png';

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
const texts = () => drawn.filter((call) => call.op === 'fillText').map((call) => String(call.args[0]));

/** The Canvas 2D node WeChat hands the page: a context that records each drawing call, images that load. */
function canvasNode() {
  const context: Record<string, unknown> = {
    measureText: (value: string) => ({ width: Array.from(value).length * 20 }),
  };
  for (const op of ['fillRect', 'fillText', 'drawImage', 'beginPath', 'moveTo', 'lineTo', 'stroke', 'strokeRect', 'setLineDash'])
    context[op] = (...args: unknown[]) => drawn.push({ op, args });
  const node = {
    width: 0,
    height: 0,
    getContext: (kind: string) => (kind === '2d' ? context : null),
    createImage: () => {
      const image: Record<string, unknown> = { width: 100, height: 100 };
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
  return node;
}

const node = canvasNode();

beforeAll(() => {
  weapp = createWeappHarness();
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
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
        done(selected.map((selector) => (selector === '#certificate-image-canvas' ? { node } : null))),
    };
    return query;
  };
  wxApi.getFileSystemManager = () => ({
    writeFileSync: (filePath: string, data: string, encoding: string) => written.push({ filePath, data, encoding }),
  });
  wxApi.canvasToTempFilePath = (options: Record<string, unknown> & { success?: (r: object) => void }) => {
    exports.push(options);
    options.success?.({ tempFilePath: TEMP_IMAGE, errMsg: 'canvasToTempFilePath:ok' });
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
    albumAllowed = true;
    options.success?.({ authSetting: { 'scope.writePhotosAlbum': true }, errMsg: 'openSetting:ok' });
  };
  weapp.answerCloud(({ name, data }) => {
    if (name === 'certificates' && data.action === 'imageParts')
      return {
        ok: true,
        data: {
          certificate,
          qrImage: `data:image/png;base64,${PNG}`,
          sealImage: `data:image/jpeg;base64,${PNG}`,
          verifyLink: 'https://starfire.invalid/#/packages/certificates/verify/index',
        },
      };
    if (name === 'users' && data.action === 'whoami') return { ok: true, data: { openid: 'o-li', name: '李小明', roles: ['student'] } };
    return { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' };
  });
  page = weapp.openPage('packages/certificates/image/index', { no: certificate.certificateNo });
});

test('the page draws the certificate (number, name, lines, total, issuer) with its QR and seal and exports an A4 image at 2×', async () => {
  await waitFor(() => page.querySelector('.certificate-image__save'));
  const calls = weapp.cloudCalls.filter((call) => call.name === 'certificates');
  expect(calls.map((call) => call.data)).toEqual([{ action: 'imageParts', certificateNo: 'SFQC-2026-00077' }]);

  // QR and seal went to local files (the seal a JPEG), and those files are what was drawn.
  expect(written).toEqual([
    { filePath: '/usr//certificate-qr.png', data: PNG, encoding: 'base64' },
    { filePath: '/usr//certificate-seal.jpg', data: PNG, encoding: 'base64' },
  ]);
  const images = drawn.filter((call) => call.op === 'drawImage').map((call) => (call.args[0] as { src: string }).src);
  expect(images.sort()).toEqual(['/usr//certificate-qr.png', '/usr//certificate-seal.jpg']);

  const lines = texts();
  expect(lines).toEqual(
    expect.arrayContaining([
      '志愿服务记录证明',
      '证明编号：SFQC-2026-00077',
      '合计',
      '出具单位：星火学院团委',
      '负责人：赵书记',
      '出具日期：2026年6月30日',
      '扫码查验真伪',
      ...printed.facts.lines.map((line) => line.content),
    ]),
  );
  const total = String(Math.round((printed.facts.totalMinutes / 60) * 100) / 100);
  expect(lines).toContain(total);
  expect(lines.join('')).toContain('李小明（志愿者编号：2023110215）');
  expect(lines.join('')).toContain(`累计服务时长 ${total} 小时`);

  expect(node).toMatchObject({ width: 1191, height: 1684 });
  expect(exports).toHaveLength(1);
  expect(exports[0]).toMatchObject({ fileType: 'png', destWidth: 1191, destHeight: 1684 });
  expect(text()).toContain('保存到相册');
  expect(text()).toContain('扫描图中二维码可查验真伪');
});

test('保存到相册 saves the drawn temp file and says so', async () => {
  tap('.certificate-image__save');
  await waitFor(() => toasts.includes('已保存到相册'));
  expect(saves).toEqual([TEMP_IMAGE]);
  expect(modals).toEqual([]);
});

test('a refused album permission is explained in Chinese; 去设置 opens the settings and saves once allowed', async () => {
  albumAllowed = false;
  tap('.certificate-image__save');
  await waitFor(() => modals.length === 1);
  expect(modals[0]).toEqual({ title: '需要相册权限', content: expect.stringContaining('保存证明图片需要允许') });
  await waitFor(() => page.querySelector('.certificate-image__save')!.dom.textContent === '保存到相册');
  expect(settingsOpened).toEqual([]);

  albumAllowed = false;
  modalConfirms = true;
  toasts.length = 0;
  tap('.certificate-image__save');
  await waitFor(() => toasts.includes('已保存到相册'));
  expect(modals.map((modal) => modal.title)).toEqual(['需要相册权限', '需要相册权限']);
  expect(settingsOpened).toEqual([3]);
  expect(saves).toEqual([TEMP_IMAGE, TEMP_IMAGE, TEMP_IMAGE, TEMP_IMAGE]);
});
