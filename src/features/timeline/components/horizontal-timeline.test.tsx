// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCareer } from '../../../../tests/bench/generate-career';
import { generatedTimeline } from '../../../../tests/bench/generated-timeline';
import { loadLanguageStrings } from '../../../i18n/config';
import { timelineDomain } from '../layout/create-time-scale';
import { testNow } from '../../../test/timeline-items';

const items = generateCareer(80, testNow);
const domain = timelineDomain(items, testNow);

/** A window `length` of the domain long, starting `offset` of the way along it. */
function window(offset: number, length: number): [Date, Date] {
  const [from, to] = domain.map((date) => date.getTime()) as [number, number];
  const start = from + (to - from) * offset;
  return [new Date(start), new Date(start + (to - from) * length)];
}

beforeAll(() => loadLanguageStrings('en'));

/** The attribute changes the chart makes in going from one view to another. */
async function changesBetween(from: [Date, Date], to: [Date, Date]) {
  const { container, rerender } = render(generatedTimeline(items, domain, from));
  const svg = container.querySelector('svg.timeline-svg')!;
  expect(svg.querySelectorAll('svg.timeline-band-group').length).toBeGreaterThan(2);
  expect(svg.querySelector('.timeline-band-group .timeline-mark__block')).not.toBeNull();
  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  observer.observe(svg, { attributes: true, subtree: true, attributeOldValue: true });
  await act(async () => rerender(generatedTimeline(items, domain, to)));
  changes.push(...observer.takeRecords());
  observer.disconnect();
  return changes.map((change) => ({
    attribute: change.attributeName!,
    target: change.target as Element,
    before: change.oldValue,
    after: (change.target as Element).getAttribute(change.attributeName!),
  }));
}

// What keeps a zoom frame cheap with many marks: a band's blocks move and size with their group, and
// nothing inside the group changes.
describe.each([
  { gesture: 'pan', to: window(0.35, 0.25) },
  { gesture: 'zoom', to: window(0.32, 0.2) },
])('the horizontal chart, in a $gesture', ({ gesture, to }) => {
  it("moves each employer's blocks with its band's group, changing no mark in it", async () => {
    const changes = await changesBetween(window(0.3, 0.25), to);
    const moved = changes.filter((change) => change.attribute === 'transform');
    expect(moved.length).toBeGreaterThan(0);
    // A group that enters or leaves the view draws or parks its marks: their transform comes or goes.
    const movedInGroup = moved.filter(
      ({ target, before, after }) =>
        target.closest('.timeline-band-group') && before !== null && after !== null,
    );
    expect(movedInGroup.map(({ target }) => target.outerHTML)).toEqual([]);
  });

  it('sizes bands and blocks through their group alone', async () => {
    const changes = await changesBetween(window(0.3, 0.25), to);
    const resized = (selector: string) =>
      changes.filter(({ attribute, target }) => attribute === 'width' && target.matches(selector));
    expect(resized('.timeline-mark__band, .timeline-mark__block')).toEqual([]);
    if (gesture === 'zoom') expect(resized('.timeline-band-group').length).toBeGreaterThan(0);
    else expect(resized('.timeline-band-group')).toEqual([]);
  });
});
