import type { Plugin } from 'vite';

/** V8's explicit compile hint: it must be a script's first line. */
const compileHint = '//# allFunctionsCalledOnLoad';

/**
 * Starts every chunk with V8's explicit compile hint (Chrome 136 and later; to other engines it is a
 * comment). V8 then compiles all of the chunk's functions on a background thread while the chunk
 * downloads, instead of each on the main thread the first time it runs: as a page hydrates, most of
 * them run, and compiling them one by one made much of the long tasks of the app's start, with
 * DevTools attached or not. A chunk is only fetched when the page is about to run it.
 *
 * It runs after Vite's own last rewrite (the preload map it puts at the top of a chunk), and after
 * minifying, which drops comments.
 */
export function compileChunksEagerly(): Plugin {
  return {
    name: 'compile-chunks-eagerly',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || file.code.startsWith(compileHint)) continue;
          file.code = `${compileHint}\n${file.code}`;
          // With source maps on (build.sourcemap), the chunk's map, already written out as a file
          // of its own, maps from one line further down.
          const map = bundle[`${file.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          }
        }
      },
    },
  };
}
