import { A4, layoutCertificate, sealPlaceholder, type CertificateDocument, type DrawItem, type Ink } from '@core/certificate-layout';
import type { DrawingContext } from '@/components/canvas-image/render-canvas-image';
import { brandColor } from '@/styles/colors';

/** Canvas pixels per PDF point: the A4 page at 2× (1191 × 1684), sharp on a phone and legible printed. */
const SCALE = 2;
export const CERTIFICATE_IMAGE_WIDTH = Math.round(A4.width * SCALE);
export const CERTIFICATE_IMAGE_HEIGHT = Math.round(A4.height * SCALE);

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
/** The PDF's inks (cloudfunctions/certificates/certificate-pdf.ts) as CSS colours. */
const INKS: Record<Ink, string> = { ink: '#1F1F1F', muted: '#6B6B6B', brand: brandColor };

const fontOf = (size: number, bold: boolean) => `${bold ? 'bold ' : ''}${size * SCALE}px ${FONT}`;

/** The pictures the page draws besides text: the verify QR and the seal (null: the slot is marked for a stamp). */
export interface CertificatePictures {
  qr: CanvasImageSource;
  seal: CanvasImageSource | null;
}

/** The picture scaled to fit its slot, centred (a seal need not be square). */
function drawFitted(context: DrawingContext, picture: CanvasImageSource, slot: { x: number; y: number; w: number; h: number }) {
  const { width = 0, height = 0 } = picture as { width?: number; height?: number };
  const scale = width > 0 && height > 0 ? Math.min(slot.w / width, slot.h / height) : 0;
  const w = scale ? width * scale : slot.w;
  const h = scale ? height * scale : slot.h;
  context.drawImage(picture, (slot.x + (slot.w - w) / 2) * SCALE, (slot.y + (slot.h - h) / 2) * SCALE, w * SCALE, h * SCALE);
}

function drawItem(context: DrawingContext, item: DrawItem, pictures: CertificatePictures): void {
  switch (item.kind) {
    case 'text':
      context.font = fontOf(item.size, item.bold);
      context.fillStyle = INKS[item.ink];
      context.textAlign = item.align;
      context.fillText(item.text, item.x * SCALE, item.y * SCALE);
      return;
    case 'rule':
      context.strokeStyle = INKS[item.ink];
      context.lineWidth = item.width * SCALE;
      context.beginPath();
      context.moveTo(item.x1 * SCALE, item.y1 * SCALE);
      context.lineTo(item.x2 * SCALE, item.y2 * SCALE);
      context.stroke();
      return;
    case 'frame':
      context.strokeStyle = INKS[item.ink];
      context.lineWidth = 0.8 * SCALE;
      context.setLineDash([4 * SCALE, 3 * SCALE]);
      context.strokeRect(item.x * SCALE, item.y * SCALE, item.w * SCALE, item.h * SCALE);
      context.setLineDash([]);
      return;
    case 'image': {
      const picture = item.image === 'qr' ? pictures.qr : pictures.seal;
      if (picture) drawFitted(context, picture, item);
      else for (const placeholder of sealPlaceholder(item)) drawItem(context, placeholder, pictures);
    }
  }
}

/**
 * The certificate as the phone's image: the PDF's first page from the same layout
 * (core/certificate-layout.ts, `onePage`), drawn in the system's Chinese font at 2×.
 */
export function drawCertificate(context: DrawingContext, document: CertificateDocument, pictures: CertificatePictures): void {
  const measure = (text: string, size: number) => {
    context.font = fontOf(size, false);
    return context.measureText(text).width / SCALE;
  };
  const [page] = layoutCertificate(document, measure, { onePage: true });
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, CERTIFICATE_IMAGE_WIDTH, CERTIFICATE_IMAGE_HEIGHT);
  context.textBaseline = 'alphabetic';
  for (const item of page.items) drawItem(context, item, pictures);
}
