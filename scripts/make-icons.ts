// Draws the app icons (public/icons/*.png, committed) from public/favicon.svg in headless Chromium:
// 192 and 512 px, plus a maskable 512 px icon whose artwork sits inside the 80 % safe circle on
// the brand colour. Run again after changing the favicon: npx tsx scripts/make-icons.ts
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
const BRAND = '#1f3a5f';

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  // Maskable: launchers crop to any shape inside the central 80 %; keep the artwork within it.
  { file: 'icon-maskable-512.png', size: 512, inset: 0.14 },
];

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath });
try {
  for (const { file, size, inset } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const pad = Math.round(size * inset);
    const art = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:${inset ? BRAND : 'transparent'}"><img src="${art}" style="display:block;margin:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: resolve(root, 'public/icons', file), omitBackground: !inset });
    await page.close();
    console.log(`public/icons/${file}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
