import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { compileCommonJsEagerly } from './compile-commonjs-eagerly';

const dir = mkdtempSync(join(tmpdir(), 'commonjs-eagerly-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds an entry that imports two CommonJS modules, with the plugin or without, minified or not. */
async function buildChunk(plugins: ReturnType<typeof compileCommonJsEagerly>[], minify: boolean) {
  writeFileSync(join(dir, 'greeting.cjs'), 'exports.greeting = "hello";\n');
  writeFileSync(
    join(dir, 'counter.cjs'),
    'let count = 0;\nmodule.exports = { next: () => ++count, greeting: require("./greeting.cjs").greeting };\n',
  );
  writeFileSync(
    join(dir, 'entry.js'),
    'import counter from "./counter.cjs";\nexport const values = [counter.next(), counter.next(), counter.greeting];\n',
  );
  const output = (await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      minify,
      lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: 'entry' },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output.find((file) => file.type === 'chunk');
  if (!chunk) throw new Error('The build wrote no chunk');
  return chunk.code;
}

/** The chunk's exports, run as a module. */
const run = async (code: string) =>
  (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { values: unknown[] };

describe('compileCommonJsEagerly', () => {
  it('writes each CommonJS wrapper as a function expression in parentheses, which V8 compiles eagerly', async () => {
    const before = await buildChunk([], false);
    const after = await buildChunk([compileCommonJsEagerly()], false);
    expect(before.match(/__commonJSMin\(\(\(/g)).toHaveLength(2);
    expect(after).not.toMatch(/__commonJSMin\(\(\(/);
    expect(after.match(/__commonJSMin\(\(function\((exports|module)/g)).toHaveLength(2);
  });

  it('keeps the function expressions through minification, and the modules work as before', async () => {
    const before = await buildChunk([], true);
    const after = await buildChunk([compileCommonJsEagerly()], true);
    expect(after.match(/\(\(function\(/g)).toHaveLength(2);
    expect((await run(after)).values).toEqual([1, 2, 'hello']);
    expect((await run(after)).values).toEqual((await run(before)).values);
  });
});
