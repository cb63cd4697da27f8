import type { Activity } from '@core/activity.types';
import { brandColor } from '@/styles/colors';
import { rangeText } from '@core/date-words';
import type { DrawingContext } from '@/components/canvas-image/render-canvas-image';

/** The poster's size in canvas pixels: a 5:8 card that prints and shares at phone width ×2. */
export const POSTER_WIDTH = 750;
export const POSTER_HEIGHT = 1200;

const MARGIN = 56;
const QR_SIZE = 360;
const HEADER_HEIGHT = 200;
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** Splits text into lines no wider than `width`, by character (Chinese has no spaces to break at). */
function wrap(context: DrawingContext, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    if (line && context.measureText(line + char).width > width) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) break;
    }
    line += char;
  }
  if (lines.length < maxLines && line) lines.push(line);
  else if (lines.length === maxLines && Array.from(lines.join('')).length < Array.from(text).length) {
    lines[maxLines - 1] = `${Array.from(lines[maxLines - 1])
      .slice(0, -1)
      .join('')}…`;
  }
  return lines;
}

/**
 * Draws the whole poster: brand header with 星火志愿, the activity's title, time, place and organiser,
 * then its code (the mini-program code in WeChat, the H5 link's QR locally) and what to do with it.
 */
export function drawPoster(context: DrawingContext, activity: Activity, code: CanvasImageSource): void {
  const textWidth = POSTER_WIDTH - MARGIN * 2;
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);
  context.fillStyle = brandColor;
  context.fillRect(0, 0, POSTER_WIDTH, HEADER_HEIGHT);

  context.textAlign = 'left';
  context.textBaseline = 'top';
  context.fillStyle = '#FFFFFF';
  context.font = `bold 64px ${FONT}`;
  context.fillText('星火志愿', MARGIN, 48);
  context.font = `28px ${FONT}`;
  context.fillText('志愿活动邀请', MARGIN, 132);

  let y = HEADER_HEIGHT + 48;
  context.fillStyle = '#1F1F1F';
  context.font = `bold 44px ${FONT}`;
  for (const line of wrap(context, activity.title, textWidth, 2)) {
    context.fillText(line, MARGIN, y);
    y += 60;
  }
  y += 16;

  context.font = `28px ${FONT}`;
  context.fillStyle = '#4A4A4A';
  const facts = [`时间：${rangeText(activity.startAt, activity.endAt)}`, `地点：${activity.place}`];
  if (activity.organiserName) facts.push(`组织者：${activity.organiserName}`);
  for (const fact of facts) {
    for (const line of wrap(context, fact, textWidth, 2)) {
      context.fillText(line, MARGIN, y);
      y += 42;
    }
    y += 6;
  }

  // The code sits at a fixed place near the bottom, whatever the text above took.
  const qrTop = POSTER_HEIGHT - QR_SIZE - 150;
  context.drawImage(code, (POSTER_WIDTH - QR_SIZE) / 2, qrTop, QR_SIZE, QR_SIZE);
  context.textAlign = 'center';
  context.fillStyle = brandColor;
  context.font = `bold 30px ${FONT}`;
  context.fillText('扫码查看活动并报名', POSTER_WIDTH / 2, qrTop + QR_SIZE + 36);
  context.fillStyle = brandColor;
  context.fillRect(0, POSTER_HEIGHT - 24, POSTER_WIDTH, 24);
}
