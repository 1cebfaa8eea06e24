// `npm run og-images`: draws the Open Graph preview of each language of the content (public/og/<language>.png,
// 1200×630) from the résumé: the name, the label and the employers on a small timeline. Chromium lays out
// the card, so the CJK text is set by a real font engine. The card is built with DOM calls, never by
// putting résumé text into HTML, and only the fields it shows are read (never the phone number).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../tests/support/find-chromium.mjs';
import { readContentLanguages } from '../content/content-languages.ts';
import { cardFileName, readCard } from './og-card.mjs';

const width = 1200;
const height = 630;
const maxBytes = 150 * 1024;
const outDir = new URL('../../public/og/', import.meta.url);

const contentDir = fileURLToPath(new URL('../content/', import.meta.url));

/** The fonts of a card: the site's stacks, CJK faces first for a language written in them. */
const fonts = {
  cjk: "'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif",
  latin:
    "'Helvetica Neue', Helvetica, Arial, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
};

/** A blank page with the card's styles; every word on it is added afterwards with textContent. */
const skeleton = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <style>
      * { box-sizing: border-box; margin: 0; }
      html, body { width: ${width}px; height: ${height}px; overflow: hidden; }
      body {
        background: #fdfdfc;
        color: #1b1f24;
        font-family: var(--font);
        -webkit-font-smoothing: antialiased;
        text-rendering: geometricPrecision;
      }
      .card {
        position: relative;
        width: 100%;
        height: 100%;
        padding: 108px 96px 0;
      }
      .card::before {
        content: '';
        position: absolute;
        left: 96px;
        top: 72px;
        width: 56px;
        height: 6px;
        background: #0b5cad;
      }
      .name { font-size: 96px; font-weight: 700; line-height: 1.15; letter-spacing: var(--name-tracking); }
      .label { margin-top: 20px; font-size: 40px; font-weight: 400; line-height: 1.3; color: #57606a; }
      .timeline { position: absolute; left: 96px; right: 0; top: 418px; height: 160px; }
      .rule { position: absolute; left: 0; right: 0; top: 7px; height: 2px; background: #d8dbd6; }
      .now { position: absolute; right: 0; top: 6px; height: 4px; background: #0b5cad; }
      .stop { position: absolute; top: 0; }
      .dot {
        width: 16px;
        height: 16px;
        border-radius: 50%;
        border: 3px solid #0b5cad;
        background: #fdfdfc;
      }
      .stop.current .dot { background: #0b5cad; }
      .year {
        margin-top: 22px;
        font-size: 24px;
        line-height: 1;
        color: #57606a;
        font-variant-numeric: tabular-nums;
      }
      .employer { margin-top: 12px; font-size: 30px; font-weight: 500; line-height: 1.2; white-space: nowrap; }
      .romanised { margin-top: 6px; font-size: 24px; line-height: 1.2; color: #57606a; white-space: nowrap; }
    </style>
  </head>
  <body></body>
</html>`;

/**
 * Runs in the page: builds the card from the fields with DOM calls.
 * @param {{ card: ReturnType<typeof readCard>; font: string }} input
 */
function buildCard({ card, font }) {
  const add = (parent, className, text) => {
    const element = document.createElement('div');
    element.className = className;
    if (text !== undefined) element.textContent = text;
    parent.append(element);
    return element;
  };
  const cjk = /[\u3400-\u9fff]/;
  document.documentElement.lang = card.language;
  document.body.style.setProperty('--font', font);
  document.body.style.setProperty('--name-tracking', card.cjk ? '0.06em' : '-0.01em');

  const root = add(document.body, 'card');
  add(root, 'name', card.name);
  add(root, 'label', card.label);

  // Each employer sits where it began, on a line that runs on past the last one, still current.
  if (card.employers.length === 0) return;
  const timeline = add(root, 'timeline');
  add(timeline, 'rule');
  const span = timeline.clientWidth * 0.74;
  const first = card.employers[0].start.months;
  const last = card.employers.at(-1).start.months;
  const x = (months) => (last === first ? 0 : ((months - first) / (last - first)) * span);
  for (const employer of card.employers) {
    const stop = add(timeline, employer.current ? 'stop current' : 'stop');
    stop.style.left = `${x(employer.start.months)}px`;
    add(stop, 'dot');
    add(stop, 'year', employer.start.year);
    const name = add(stop, 'employer', employer.name);
    if (cjk.test(employer.name)) name.lang = 'zh-CN';
    if (employer.romanised) add(stop, 'romanised', employer.romanised);
  }
  const current = card.employers.findLast((employer) => employer.current);
  if (current) add(timeline, 'now').style.left = `${x(current.start.months) + 8}px`;
}

/** The width and height a PNG's header declares. */
function pngSize(png) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  for (const language of readContentLanguages(contentDir).languages) {
    const card = readCard(contentDir, language);
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.setContent(skeleton);
    await page.evaluate(buildCard, { card, font: card.cjk ? fonts.cjk : fonts.latin });
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } });
    await page.close();

    const size = pngSize(png);
    if (size.width !== width || size.height !== height) {
      throw new Error(
        `og/${language}.png: expected ${width}×${height}, got ${size.width}×${size.height}`,
      );
    }
    if (png.length > maxBytes) {
      throw new Error(
        `og/${language}.png: ${Math.round(png.length / 1024)} KB, over the 150 KB budget`,
      );
    }
    await writeFile(new URL(`${language}.png`, outDir), png);
    // What the image shows, so that the build can tell when the résumé has moved on (og-card.mjs).
    await writeFile(new URL(cardFileName(language), outDir), `${JSON.stringify(card, null, 2)}\n`);
    console.log(
      `public/og/${language}.png  ${width}×${height}  ${Math.round(png.length / 1024)} KB`,
    );
  }
} finally {
  await browser.close();
}
