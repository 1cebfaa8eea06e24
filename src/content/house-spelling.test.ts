import { describe, expect, it } from 'vitest';
import { checkProductNames, checkSpelling, checkUsSpelling, productNames } from './house-spelling';

describe('checkProductNames', () => {
  it.each(productNames)('accepts %s as its makers spell it, in English and in Chinese', (name) => {
    expect(checkProductNames(`Implemented leader election on ${name}.`)).toEqual([]);
    expect(checkProductNames(`基于${name}实现领导人选举`)).toEqual([]);
  });

  it.each(productNames)('rejects %s in lower case, naming the spelling to use', (name) => {
    expect(checkProductNames(`Implemented leader election on ${name.toLowerCase()}.`)).toEqual([
      `expected "${name}" as its makers spell it, got "${name.toLowerCase()}"`,
    ]);
  });

  it('rejects a technology chip spelt the way the résumé once spelt it', () => {
    expect(checkProductNames('Zookeeper')).toEqual([
      'expected "ZooKeeper" as its makers spell it, got "Zookeeper"',
    ]);
    expect(checkProductNames('基于Zookeeper实现')).toHaveLength(1);
    expect(checkProductNames('Unimrcp and Websocket')).toEqual([
      'expected "UniMRCP" as its makers spell it, got "Unimrcp"',
      'expected "WebSocket" as its makers spell it, got "Websocket"',
    ]);
  });

  it('leaves a name inside a repository name, a path or a host alone', () => {
    for (const identifier of [
      'datafusion-geo',
      'apache/arrow-datafusion',
      'github.com/lewiszlw',
      'the github.com page',
      'a websocket_client crate',
    ]) {
      expect(checkProductNames(identifier)).toEqual([]);
    }
  });

  it('still checks a name that ends a sentence', () => {
    expect(checkProductNames('Built on Datafusion.')).toHaveLength(1);
  });
});

describe('checkUsSpelling', () => {
  it.each([
    ['Colour theme', 'Color'],
    ['colours', 'colors'],
    ['Customised closely', 'Customized'],
    ['parallelises with rayon', 'parallelizes'],
    ['a software rasteriser', 'rasterizer'],
    ['optimisation', 'optimization'],
    ['the data centre', 'center'],
    ['modelled on BusTub', 'modeled'],
  ])('rejects %j, naming the US form %j', (text, us) => {
    expect(checkUsSpelling(text)).toEqual([
      expect.stringContaining(`expected the US spelling "${us}"`),
    ]);
  });

  it('accepts the US spelling and words that end in -ise in both spellings', () => {
    expect(
      checkUsSpelling(
        'Color theme. Customized, parallelizes, a rasterizer. Expertise, otherwise, a promise, to raise.',
      ),
    ).toEqual([]);
  });
});

describe('checkSpelling', () => {
  it('holds English to US spelling and every language to the makers’ spelling', () => {
    expect(checkSpelling('Colour theme on Zookeeper', 'en')).toHaveLength(2);
    expect(checkSpelling('Colour theme on Zookeeper', 'en-US')).toHaveLength(2);
    expect(checkSpelling('Colour主题，Zookeeper', 'zh-CN')).toEqual([
      'expected "ZooKeeper" as its makers spell it, got "Zookeeper"',
    ]);
  });
});
