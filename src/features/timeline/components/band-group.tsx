import type { ReactNode } from 'react';
import type { BandGroup as Group } from '../layout/band-groups';
import { roundPx } from '../layout/box-geometry';

/**
 * A band and its blocks, moved together by one transform and sized by one width: the band's and
 * the blocks' rectangles fill the group's width. A zoom frame then changes two attributes for the
 * group, where moving and sizing each rectangle changed two for every one of them. A parked group
 * (wholly out of view) has neither, so that it stays the same from frame to frame.
 */
export function BandGroup({
  group,
  parked,
  children,
}: {
  group: Group;
  parked: boolean;
  children: ReactNode;
}) {
  const { rect } = group.band;
  const last = group.blocks.at(-1)?.rect ?? rect;
  return (
    <g transform={parked ? undefined : `translate(${roundPx(rect.x)},${roundPx(rect.y)})`}>
      <svg
        className="timeline-band-group"
        role="none"
        width={parked ? 0 : roundPx(rect.width)}
        height={roundPx(last.y + last.height - rect.y)}
        overflow="visible"
      >
        {children}
      </svg>
    </g>
  );
}
