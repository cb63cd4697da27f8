import type { CertificateFacts } from './certificate';

/**
 * The 志愿服务记录证明 as a printed page (issue 18): one layout, drawn by the functions into the
 * A4 PDF (pdf-lib) and by the app onto a canvas for the image, so both show the same certificate.
 * Content per 民政部《志愿服务记录与证明出具办法（试行）》: the volunteer and their number, each
 * service line and the total, the issuer (organisation, person in charge, handling officer,
 * contact), the certificate number, the issue date, notes, the seal and the verify QR.
 *
 * Units are PDF points on an A4 page, origin top-left, `y` of a text is its baseline.
 */
export const A4 = { width: 595.28, height: 841.89 } as const;

export type Ink = 'ink' | 'muted' | 'brand';

export type DrawItem =
  | { kind: 'text'; text: string; x: number; y: number; size: number; align: 'left' | 'center' | 'right'; bold: boolean; ink: Ink }
  | { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number; ink: Ink }
  /** The seal's place when the issuer has none: a dashed frame the printout is stamped in. */
  | { kind: 'frame'; x: number; y: number; w: number; h: number; ink: Ink }
  | { kind: 'image'; image: 'qr' | 'seal'; x: number; y: number; w: number; h: number };

export interface CertificatePage {
  items: DrawItem[];
}

/** What the printed certificate states: the signed facts plus the unmasked volunteer only its holder and admins get. */
export interface CertificateDocument {
  facts: CertificateFacts;
  name: string;
  memberNo: string | null;
}

/** Width of `text` at `size` points in the renderer's font. */
export type MeasureText = (text: string, size: number) => number;

const MARGIN = 56;
const RIGHT = A4.width - MARGIN;
const CONTENT_WIDTH = A4.width - MARGIN * 2;
const TABLE_SIZE = 10.5;
const ROW_LEADING = 15;
const ROW_PADDING = 6;
const FOOTER_Y = A4.height - 28;
/** Rows stop here on a page; below are the footer and its margin. */
const ROWS_BOTTOM = A4.height - 64;
/** The issuer block with QR and seal on the last page. */
const CLOSING_HEIGHT = 178;
/** The 合计 row below the table. */
const TOTAL_HEIGHT = ROW_PADDING * 2 + 11 + 1;
const QR_SIZE = 92;
const SEAL_SIZE = 112;

const COLUMNS = { index: MARGIN, day: MARGIN + 34, content: MARGIN + 120, hoursRight: RIGHT - 4 } as const;
const CONTENT_COLUMN_WIDTH = RIGHT - 86 - COLUMNS.content;

/** `2026-03-01` → `2026年3月1日`. */
export const chineseDate = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
};

/** Hours as the table prints them: up to two decimals, no unit (the column says 小时). */
export const hoursFigure = (minutes: number): string => String(Math.round((minutes / 60) * 100) / 100);

/** Splits text into lines no wider than `width`, by character (Chinese has no spaces to break at). */
export const wrapText = (measure: MeasureText, text: string, size: number, width: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    if (line && measure(line + char, size) > width) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
};

const text = (
  value: string,
  x: number,
  y: number,
  size: number,
  options: Partial<Pick<DrawItem & { kind: 'text' }, 'align' | 'bold' | 'ink'>> = {},
): DrawItem => ({
  kind: 'text',
  text: value,
  x,
  y,
  size,
  align: options.align ?? 'left',
  bold: options.bold ?? false,
  ink: options.ink ?? 'ink',
});

const rule = (y: number, width = 0.6, ink: Ink = 'ink'): DrawItem => ({ kind: 'rule', x1: MARGIN, y1: y, x2: RIGHT, y2: y, width, ink });

/** The statement above the table, in the register of a Chinese certificate. */
export const certificateStatement = ({ facts, name, memberNo }: CertificateDocument): string =>
  `兹证明 ${name}${memberNo ? `（志愿者编号：${memberNo}）` : ''}` +
  (facts.period.kind === 'all' ? `参加志愿服务，截至${chineseDate(facts.issuedOn)}，` : `在${facts.period.label}参加志愿服务，`) +
  `经本单位核验的志愿服务记录共 ${facts.lines.length} 项，累计服务时长 ${hoursFigure(facts.totalMinutes)} 小时。明细如下：`;

export const CERTIFICATE_NOTES = [
  '1. 本证明依据民政部《志愿服务记录与证明出具办法（试行）》出具，所列时长均为经出具单位核验的志愿服务记录。',
  '2. 扫描左下方二维码，或在「星火志愿」证明查验页输入证明编号，可核验本证明的真实性与有效性；内容与查验结果不一致的，本证明无效。',
];

const tableHeader = (y: number): { items: DrawItem[]; y: number } => {
  const baseline = y + ROW_PADDING + TABLE_SIZE;
  return {
    items: [
      rule(y, 1),
      text('序号', COLUMNS.index, baseline, TABLE_SIZE, { ink: 'muted' }),
      text('日期', COLUMNS.day, baseline, TABLE_SIZE, { ink: 'muted' }),
      text('服务内容', COLUMNS.content, baseline, TABLE_SIZE, { ink: 'muted' }),
      text('时长（小时）', COLUMNS.hoursRight, baseline, TABLE_SIZE, { ink: 'muted', align: 'right' }),
      rule(baseline + ROW_PADDING, 0.6),
    ],
    y: baseline + ROW_PADDING,
  };
};

/** How the certificate's image (one A4 page) ends its table when the lines do not all fit. */
export const moreLinesText = (shown: number, total: number): string => `共 ${total} 项，此处列出前 ${shown} 项，完整明细详见 PDF`;

export interface LayoutOptions {
  /**
   * The image for the phone: one page, as many lines as fit above the total, notes and issuer
   * block (about ten), then 共 M 项…详见 PDF. The PDF (the default) runs on to further pages.
   */
  onePage?: boolean;
}

/** The certificate laid out on as many A4 pages as its lines need (about 40 lines on the first), or on one (`onePage`). */
export function layoutCertificate(document: CertificateDocument, measure: MeasureText, options: LayoutOptions = {}): CertificatePage[] {
  const { facts } = document;
  const pages: DrawItem[][] = [[]];
  let items = pages[0];
  let y = 0;

  const newPage = () => {
    items = [text(`志愿服务记录证明（续） · ${facts.certificateNo}`, MARGIN, MARGIN, 9, { ink: 'muted' })];
    pages.push(items);
    y = MARGIN + 12;
  };

  items.push(text('志愿服务记录证明', A4.width / 2, 96, 24, { align: 'center', bold: true }));
  items.push(text(`证明编号：${facts.certificateNo}`, RIGHT, 124, 10, { align: 'right', ink: 'muted' }));
  y = 152;
  for (const line of wrapText(measure, certificateStatement(document), 12, CONTENT_WIDTH)) {
    y += 20;
    items.push(text(line, MARGIN, y, 12));
  }
  y += 14;

  const notes = CERTIFICATE_NOTES.flatMap((note) => wrapText(measure, note, 9, CONTENT_WIDTH));
  const notesHeight = 20 + notes.length * 14;
  // One page: the rows end where the total, notes and closing block still fit below them.
  const onePageRowsBottom = FOOTER_Y - 12 - CLOSING_HEIGHT - notesHeight - TOTAL_HEIGHT;
  const moreHeight = ROW_PADDING * 2 + TABLE_SIZE;

  let header = tableHeader(y);
  items.push(...header.items);
  y = header.y;
  let shown = 0;
  for (const [index, line] of facts.lines.entries()) {
    const contentLines = wrapText(measure, line.content, TABLE_SIZE, CONTENT_COLUMN_WIDTH);
    const height = ROW_PADDING * 2 + TABLE_SIZE + (contentLines.length - 1) * ROW_LEADING;
    if (options.onePage) {
      const last = index === facts.lines.length - 1;
      if (y + height + (last ? 0 : moreHeight) > onePageRowsBottom) break;
    } else if (y + height > ROWS_BOTTOM) {
      items.push(rule(y, 1));
      newPage();
      header = tableHeader(y);
      items.push(...header.items);
      y = header.y;
    }
    const baseline = y + ROW_PADDING + TABLE_SIZE;
    items.push(text(String(index + 1), COLUMNS.index, baseline, TABLE_SIZE));
    items.push(text(line.day, COLUMNS.day, baseline, TABLE_SIZE));
    contentLines.forEach((part, partIndex) => items.push(text(part, COLUMNS.content, baseline + partIndex * ROW_LEADING, TABLE_SIZE)));
    items.push(text(hoursFigure(line.minutes), COLUMNS.hoursRight, baseline, TABLE_SIZE, { align: 'right' }));
    y += height;
    items.push(rule(y, 0.3, 'muted'));
    shown += 1;
  }
  if (shown < facts.lines.length) {
    items.push(text(moreLinesText(shown, facts.lines.length), COLUMNS.content, y + ROW_PADDING + TABLE_SIZE, TABLE_SIZE, { ink: 'muted' }));
    y += moreHeight;
    items.push(rule(y, 0.3, 'muted'));
  }
  const totalBaseline = y + ROW_PADDING + TABLE_SIZE + 1;
  items.push(text('合计', COLUMNS.content, totalBaseline, 11, { bold: true }));
  items.push(text(hoursFigure(facts.totalMinutes), COLUMNS.hoursRight, totalBaseline, 11, { align: 'right', bold: true }));
  y = totalBaseline + ROW_PADDING;
  items.push(rule(y, 1));

  if (y + notesHeight + CLOSING_HEIGHT > FOOTER_Y - 12) newPage();
  y += 20;
  items.push(text('备注：', MARGIN, y, 9, { ink: 'muted' }));
  for (const note of notes) {
    y += 14;
    items.push(text(note, MARGIN, y, 9, { ink: 'muted' }));
  }

  // The closing block sits at the foot of the last page, as a signed letter does.
  const top = Math.max(y + 16, FOOTER_Y - 12 - CLOSING_HEIGHT);
  items.push({ kind: 'image', image: 'qr', x: MARGIN, y: top + 22, w: QR_SIZE, h: QR_SIZE });
  items.push(text('扫码查验真伪', MARGIN + QR_SIZE / 2, top + 22 + QR_SIZE + 14, 8.5, { align: 'center', ink: 'muted' }));
  const issuerLines = [
    `出具单位：${facts.issuer.organisation}`,
    `负责人：${facts.issuer.personInCharge}`,
    `经办人：${facts.issuer.handlingOfficer}`,
    `联系方式：${facts.issuer.contact}`,
    `出具日期：${chineseDate(facts.issuedOn)}`,
  ];
  const issuerX = RIGHT - 200;
  issuerLines.forEach((line, index) => items.push(text(line, issuerX, top + 34 + index * 22, 11)));
  items.push({ kind: 'image', image: 'seal', x: issuerX - SEAL_SIZE - 18, y: top + 14, w: SEAL_SIZE, h: SEAL_SIZE });

  return pages.map((page, index) => ({
    items: [
      ...page,
      text(
        options.onePage
          ? `证明编号 ${facts.certificateNo}`
          : `证明编号 ${facts.certificateNo} · 第 ${index + 1} 页 / 共 ${pages.length} 页`,
        A4.width / 2,
        FOOTER_Y,
        8,
        {
          align: 'center',
          ink: 'muted',
        },
      ),
    ],
  }));
}

/** The seal's slot when there is no seal image: a dashed frame with 盖章处. */
export const sealPlaceholder = (slot: DrawItem & { kind: 'image' }): DrawItem[] => [
  { kind: 'frame', x: slot.x, y: slot.y, w: slot.w, h: slot.h, ink: 'muted' },
  text('（盖章处）', slot.x + slot.w / 2, slot.y + slot.h / 2 + 4, 10, { align: 'center', ink: 'muted' }),
];
