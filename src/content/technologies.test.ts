import { describe, expect, it } from 'vitest';
import { projectTechnologies, technologySlug } from './technologies';

describe('technologySlug', () => {
  it('ignores case, so respelling a chip as its maker does keeps its ?tech= address', () => {
    expect(technologySlug('ZooKeeper')).toBe(technologySlug('Zookeeper'));
    expect(technologySlug('UniMRCP')).toBe(technologySlug('Unimrcp'));
    expect(technologySlug('WebSocket')).toBe('websocket');
  });

  it('turns punctuation into single hyphens', () => {
    expect(technologySlug('HTTP(S)')).toBe('http-s');
  });
});

describe('projectTechnologies', () => {
  it('shows a technology as its first use spells it and counts every project that uses it', () => {
    const technologies = projectTechnologies([
      { keywords: ['ZooKeeper', 'Java'] },
      { keywords: ['Java'] },
      { keywords: ['zookeeper'] },
    ]);
    expect(technologies).toEqual([
      { slug: 'zookeeper', name: 'ZooKeeper', projects: 2 },
      { slug: 'java', name: 'Java', projects: 2 },
    ]);
  });
});
