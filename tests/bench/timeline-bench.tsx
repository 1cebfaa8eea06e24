// The page `npm run bench:timeline` drives: it lays out and renders generated careers with the real
// timeline components in a production build, and measures them.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { originalLanguage } from '../../src/config/languages';
import {
  horizontalScale,
  timelineDomain,
} from '../../src/features/timeline/layout/create-time-scale';
import { horizontalRows } from '../../src/features/timeline/layout/horizontal-rows';
import type { NodeTextsCache } from '../../src/features/timeline/layout/label-placement';
import { layoutTimeline } from '../../src/features/timeline/layout/layout-timeline';
import { loadLanguageStrings } from '../../src/i18n/config';
import '../../src/styles/global.css';
import '../../src/features/timeline/timeline.css';
import { generateCareer } from './generate-career';
import { generatedTimeline, generatedTimelineText as text } from './generated-timeline';

const now = new Date(Date.UTC(2026, 10, 24));
const width = 1100;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));

async function run(size: number) {
  // Any language of the content will do: the words do not matter to what is measured.
  await loadLanguageStrings(originalLanguage);
  const items = generateCareer(size, now);
  const domain = timelineDomain(items, now);

  // As the chart lays out a frame: its rows and node texts kept from the frames before.
  const nodeTexts: NodeTextsCache = new WeakMap();
  const rows = horizontalRows(items, domain, width, nodeTexts);
  const layoutTimes: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const t0 = performance.now();
    layoutTimeline({
      items,
      domain,
      scale: horizontalScale(domain, width),
      orientation: 'horizontal',
      width,
      ...text,
      rows,
      nodeTexts,
    });
    layoutTimes.push(performance.now() - t0);
  }

  const container = document.getElementById('root')!;
  const root = createRoot(container);
  const app = generatedTimeline(items, domain, null, originalLanguage);
  const t0 = performance.now();
  flushSync(() => root.render(app));
  container.getBoundingClientRect();
  const firstRender = performance.now() - t0;

  // A scripted zoom gesture: wheel steps in, then out, each rendered synchronously and laid out.
  await nextFrame();
  const svg = container.querySelector('svg')!;
  const box = svg.getBoundingClientRect();
  const frameTimes: number[] = [];
  for (let step = 0; step < 40; step += 1) {
    await nextFrame();
    const wheel = new WheelEvent('wheel', {
      deltaY: step < 20 ? -60 : 60,
      clientX: box.left + box.width * 0.6,
      clientY: box.top + 40,
      bubbles: true,
      cancelable: true,
    });
    const start = performance.now();
    flushSync(() => svg.dispatchEvent(wheel));
    svg.getBoundingClientRect();
    frameTimes.push(performance.now() - start);
  }
  const marks = container.querySelectorAll('.timeline-mark').length;
  root.unmount();
  return { size, marks, layout: median(layoutTimes), firstRender, zoomFrame: median(frameTimes) };
}

Object.assign(window, { runTimelineBenchmark: run });
