import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { main as certificates } from '../../cloudfunctions/certificates';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { creditEntry, ISSUER, putStudent } from './certificates-fixtures';
import { invokerOf } from './invoke-function';

jest.setTimeout(180_000);

const ADMIN = 'dev-admin';
const REPORTS = path.resolve(__dirname, '../../reports');
const day = (text: string) => new Date(`${text}T10:00:00+08:00`);

/** Asynchronous on purpose: a blocked event loop would also stall the emulator serving this process's SDK. */
const run = async (command: string, args: string[]) => (await promisify(execFile)(command, args, { encoding: 'utf8' })).stdout;

const decodeQr = (png: Buffer): string | undefined => {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
};

/** Issue 18, the document: the A4 PDF read back and rendered, and the parts the app draws the image with. */
describe('certificate document (PDF and image parts)', () => {
  let local: TestLocal;
  const call = invokerOf('certificates', certificates);
  const work = mkdtempSync(path.join(tmpdir(), 'certificate-pdf-'));

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    expect((await call(ADMIN, { action: 'saveIssuer', ...ISSUER })).ok).toBe(true);
  });
  afterAll(async () => local?.dispose());

  const issued = async (openid: string) => {
    const applied = await call(openid, { action: 'apply', period: { kind: 'all' } });
    const issue = await call(ADMIN, { action: 'issue', applicationId: applied.ok ? applied.data.application.applicationId : '' });
    if (!issue.ok) throw new Error(JSON.stringify(issue));
    return issue.data.certificate;
  };

  it('is an A4 PDF whose text states the volunteer, number, every line and the total, with a QR to the verify page', async () => {
    await putStudent('d-wang', '王晓雯', '2024120307');
    await creditEntry('d-wang', 90, day('2026-03-01'), '敬老院探访');
    await creditEntry('d-wang', 150, day('2026-03-15'), '社区义务洗车');
    await creditEntry('d-wang', 45, day('2026-04-04'), '电脑义诊');
    const certificate = await issued('d-wang');

    const reply = await call('d-wang', { action: 'document', certificateNo: certificate.certificateNo });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    expect(reply.data.fileName).toBe(`志愿服务记录证明-${certificate.certificateNo}.pdf`);
    const pdf = Buffer.from(await (await fetch(reply.data.url)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(work, 'certificate.pdf');
    writeFileSync(file, pdf);

    const info = await run('pdfinfo', [file]);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    // Only the characters used are embedded: the 10 MB font becomes a few tens of KB.
    expect(pdf.length).toBeLessThan(150_000);

    const text = await run('pdftotext', ['-layout', file, '-']);
    for (const expected of [
      '志愿服务记录证明',
      certificate.certificateNo,
      '王晓雯',
      '志愿者编号：2024120307',
      '累计服务时长 4.75 小时',
      '出具单位：星火学院团委',
      '负责人：赵书记',
      '经办人：陈老师',
      '联系方式：0771-1234567',
      '盖章处',
    ])
      expect(text).toContain(expected);
    const rows = text.split('\n').filter((line) => /^\s*\d+\s+2026-\d\d-\d\d\s/.test(line));
    expect(rows.map((line) => line.trim().split(/\s+/))).toEqual([
      ['1', '2026-03-01', '敬老院探访', '1.5'],
      ['2', '2026-03-15', '社区义务洗车', '2.5'],
      ['3', '2026-04-04', '电脑义诊', '0.75'],
    ]);
    expect(text).toMatch(/合计\s+4\.75/);

    // Rendered as a printer would: the page saved for people to look at, and its QR read back off the pixels.
    await run('pdftoppm', ['-r', '110', '-png', '-singlefile', file, path.join(work, 'page')]);
    const page = readFileSync(path.join(work, 'page.png'));
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(path.join(REPORTS, 'certificate-document.png'), page);
    const scanned = decodeQr(page);
    expect(scanned).toBe(
      `${local.url.replace(/\/$/, '')}/#/packages/certificates/verify/index?no=${certificate.certificateNo}&sig=${certificate.signature}`,
    );
  });

  it('gives the image parts (QR of the same link, no seal set) to the holder and admins, to nobody else, and nothing for a revoked certificate', async () => {
    await putStudent('d-zhou', '周一鸣', '2024120399');
    await creditEntry('d-zhou', 60, day('2026-05-01'));
    const certificate = await issued('d-zhou');

    for (const who of ['d-zhou', ADMIN]) {
      const parts = await call(who, { action: 'imageParts', certificateNo: certificate.certificateNo });
      if (!parts.ok) throw new Error(JSON.stringify(parts));
      expect(parts.data.sealImage).toBeNull();
      // The image is drawn from the same certificate the PDF prints, unmasked for its holder and admins.
      expect(parts.data.certificate).toMatchObject({ certificateNo: certificate.certificateNo, name: '周一鸣', memberNo: '2024120399' });
      expect(parts.data.certificate.facts).toEqual(certificate.facts);
      expect(parts.data.verifyLink).toContain(`sig=${certificate.signature}`);
      expect(decodeQr(Buffer.from(parts.data.qrImage.replace(/^data:image\/png;base64,/, ''), 'base64'))).toBe(parts.data.verifyLink);
    }
    expect(await call(ADMIN, { action: 'document', certificateNo: certificate.certificateNo })).toMatchObject({ ok: true });

    // Another member learns nothing, not even that the number exists; a number never issued answers the same.
    for (const certificateNo of [certificate.certificateNo, 'SFQC-2026-99999']) {
      expect(await call('d-wang', { action: 'document', certificateNo })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await call('d-wang', { action: 'imageParts', certificateNo })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }

    expect(await call(ADMIN, { action: 'revoke', certificateNo: certificate.certificateNo, reason: '时长更正后撤销' })).toMatchObject({
      ok: true,
    });
    expect(await call('d-zhou', { action: 'document', certificateNo: certificate.certificateNo })).toMatchObject({
      ok: false,
      code: 'CERTIFICATE_REVOKED',
    });
    expect(await call('d-zhou', { action: 'imageParts', certificateNo: certificate.certificateNo })).toMatchObject({
      ok: false,
      code: 'CERTIFICATE_REVOKED',
    });
  });
});
