import { verifyQrPng } from '../cloudfunctions/certificates/certificate-artwork';
import { renderCertificatePdf } from '../cloudfunctions/certificates/certificate-pdf';
import { sampleCertificate } from '../tests/functions/certificate-sample';

const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Renders the 志愿服务记录证明 PDF as `certificates.document` does (QR, font cut by HarfBuzz,
 * pdf-lib), in this process: the first render of a fresh process (what a cold function instance
 * pays: reading the 10 MB font, compiling the subsetter, loading the font into it) and then `n`
 * warm renders each of a one-page (12 lines) and a three-page (100 lines) certificate. Storing the
 * file is not included (one upload, as every export does).
 */
export async function run(n = 20): Promise<Record<string, unknown>> {
  const link = `https://starfire.example/#/packages/certificates/verify/index?no=SFQC-2026-00042&sig=${'x'.repeat(86)}`;
  const render = async (lines: number) => {
    const started = process.hrtime.bigint();
    const pdf = await renderCertificatePdf(sampleCertificate(lines), { qrPng: await verifyQrPng(link), seal: null });
    return { ms: ms(started), bytes: pdf.length };
  };
  const cold = await render(12);
  const short: number[] = [];
  const long: number[] = [];
  let shortBytes = 0;
  let longBytes = 0;
  for (let index = 0; index < n; index += 1) {
    const one = await render(12);
    short.push(one.ms);
    shortBytes = one.bytes;
    const three = await render(100);
    long.push(three.ms);
    longBytes = three.bytes;
  }
  return {
    bench: 'certificate',
    renders: n,
    cold_first_render_ms: Math.round(cold.ms),
    warm_render_ms_12_lines_median: Math.round(median(short)),
    warm_render_ms_100_lines_median: Math.round(median(long)),
    pdf_bytes_12_lines: shortBytes,
    pdf_bytes_100_lines: longBytes,
  };
}
