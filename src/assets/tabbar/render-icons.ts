/**
 * WeChat's tab bar takes only PNG/JPG, so the SVG sources here are rasterised once
 * (grey and brand red) with the same headless Chromium the e2e tests use:
 *   npx tsx src/assets/tabbar/render-icons.ts
 * Nothing in the app imports this file.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { toPalettePng } from './palette-png';

const COLORS = { '': '#8A8A8F', '-active': '#D8342C' };

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 81, height: 81 } });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.svg'))) {
    const svg = readFileSync(path.join(__dirname, file), 'utf8');
    for (const [suffix, color] of Object.entries(COLORS)) {
      await page.setContent(`<body style="margin:0">${svg.replace(/COLOR/g, color)}</body>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      writeFileSync(path.join(__dirname, file.replace('.svg', `${suffix}.png`)), toPalettePng(png));
    }
  }
  await browser.close();
}

main();
