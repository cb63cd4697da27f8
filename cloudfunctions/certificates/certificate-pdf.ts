import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { A4, layoutCertificate, sealPlaceholder, type CertificateDocument, type DrawItem, type Ink } from '@core/certificate-layout';
import { certificateFontMetrics, subsetCertificateFont, type FontMetrics } from './certificate-font';

/** What the page shows besides the facts: the verify QR and the issuer's seal (PNG or JPEG), when set. */
export interface CertificateImages {
  qrPng: Uint8Array;
  seal: Uint8Array | null;
}

const INKS: Record<Ink, ReturnType<typeof rgb>> = {
  ink: rgb(0.12, 0.12, 0.12),
  muted: rgb(0.42, 0.42, 0.42),
  brand: rgb(0.847, 0.204, 0.173),
};

const isPng = (bytes: Uint8Array) => bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;

const embedImage = (pdf: PDFDocument, bytes: Uint8Array): Promise<PDFImage> => (isPng(bytes) ? pdf.embedPng(bytes) : pdf.embedJpg(bytes));

/** The image scaled to fit the slot, centred (a seal need not be square). */
const fitted = (image: PDFImage, slot: { x: number; y: number; w: number; h: number }) => {
  const scale = Math.min(slot.w / image.width, slot.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  return { x: slot.x + (slot.w - w) / 2, y: A4.height - slot.y - slot.h + (slot.h - h) / 2, width: w, height: h };
};

interface Pen {
  font: PDFFont;
  metrics: FontMetrics;
  images: { qr: PDFImage; seal: PDFImage | null };
}

const draw = (page: PDFPage, item: DrawItem, pen: Pen) => {
  const { font, images } = pen;
  switch (item.kind) {
    case 'text': {
      const width = pen.metrics.measure(item.text, item.size);
      const x = item.align === 'center' ? item.x - width / 2 : item.align === 'right' ? item.x - width : item.x;
      const options = { x, y: A4.height - item.y, size: item.size, font, color: INKS[item.ink] };
      page.drawText(item.text, options);
      // One weight is carried; bold is the same glyphs drawn twice, a hair apart.
      if (item.bold) page.drawText(item.text, { ...options, x: x + item.size * 0.03 });
      return;
    }
    case 'rule':
      page.drawLine({
        start: { x: item.x1, y: A4.height - item.y1 },
        end: { x: item.x2, y: A4.height - item.y2 },
        thickness: item.width,
        color: INKS[item.ink],
      });
      return;
    case 'frame':
      page.drawRectangle({
        x: item.x,
        y: A4.height - item.y - item.h,
        width: item.w,
        height: item.h,
        borderColor: INKS[item.ink],
        borderWidth: 0.8,
        borderDashArray: [4, 3],
      });
      return;
    case 'image': {
      const image = item.image === 'qr' ? images.qr : images.seal;
      if (image) page.drawImage(image, fitted(image, item));
      else for (const placeholder of sealPlaceholder(item)) draw(page, placeholder, pen);
    }
  }
};

const textsOf = (items: DrawItem[]): string[] =>
  items.flatMap((item) => (item.kind === 'text' ? [item.text] : item.kind === 'image' ? textsOf(sealPlaceholder(item)) : []));

/** The certificate as an A4 PDF, the font cut to the characters it uses (tens of KB). */
export const renderCertificatePdf = async (document: CertificateDocument, images: CertificateImages): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`志愿服务记录证明 ${document.facts.certificateNo}`);
  pdf.setSubject(`${document.facts.issuer.organisation} 出具`);
  pdf.setCreator('星火志愿');
  pdf.setProducer('星火志愿');
  pdf.setCreationDate(new Date(`${document.facts.issuedOn}T00:00:00+08:00`));
  const metrics = certificateFontMetrics();
  const pages = layoutCertificate(document, metrics.measure);
  const font = await pdf.embedFont(await subsetCertificateFont(pages.flatMap((page) => textsOf(page.items)).join('')), { subset: false });
  const pen: Pen = {
    font,
    metrics,
    images: { qr: await pdf.embedPng(images.qrPng), seal: images.seal ? await embedImage(pdf, images.seal) : null },
  };
  for (const layout of pages) {
    const page = pdf.addPage([A4.width, A4.height]);
    for (const item of layout.items) draw(page, item, pen);
  }
  return pdf.save();
};
