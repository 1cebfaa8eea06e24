import { describe, expect, it } from 'vitest';
import { realItems, testNow, utc } from './test-items';

describe('buildTimelineItems', () => {
  const items = realItems();
  const byId = (id: string) => items.find((item) => item.id === id)!;

  it('puts the school, every employer, every work project and the dated open source on the timeline', () => {
    expect(items.map((item) => item.id).sort()).toEqual(
      [
        'whut',
        'meituan',
        'amazon',
        'xiaomi',
        'shuhui-shikong',
        'distributed-task-scheduler',
        'mrcp-rust-rewrite',
        'datafusion-geo-extension',
        'shuju-jingwei-distributed-architecture',
        'datafusion-geo',
        'geoarrow-rs',
      ].sort(),
    );
  });

  it('leaves out personal projects the résumé does not date', () => {
    expect(items.find((item) => item.id === 'bustubx')).toBeUndefined();
  });

  it('runs a period through its last month, and an ongoing one to now', () => {
    expect(byId('amazon').start).toEqual(utc(2019, 8));
    expect(byId('amazon').end).toEqual(utc(2021, 7));
    expect(byId('shuhui-shikong').end).toEqual(testNow);
    expect(byId('shuhui-shikong').ongoing).toBe(true);
  });

  it('a project without dates sits inside its employer’s band, spread evenly, labelled with the employer’s period', () => {
    const xiaomi = byId('xiaomi');
    const first = byId('distributed-task-scheduler');
    const second = byId('mrcp-rust-rewrite');
    const span = xiaomi.end.getTime() - xiaomi.start.getTime();
    expect(first.anchor.getTime() - xiaomi.start.getTime()).toBeCloseTo(span / 3, -3);
    expect(second.anchor.getTime() - xiaomi.start.getTime()).toBeCloseTo((2 * span) / 3, -3);
    expect(first.period).toBe('小米科技: 2021-07 – 2023-08');
    expect(first.href).toBe('/zh/projects/distributed-task-scheduler');
  });

  it('lists the items in time order, which is the keyboard order', () => {
    const anchors = items.map((item) => item.anchor.getTime());
    expect(anchors).toEqual([...anchors].sort((a, b) => a - b));
    expect(items[0]!.id).toBe('whut');
  });
});
