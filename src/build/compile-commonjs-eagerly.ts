import type { Plugin } from 'vite';

/** Rolldown's wrapper of a CommonJS module, as it writes it before minifying. */
const arrowWrapper = /__commonJSMin\(\(\(((?:exports|module)(?:, (?:exports|module))?)\) => \{/g;

/**
 * Has V8 compile each CommonJS module of the build (React, ReactDOM, the scheduler) with the rest of
 * its chunk, off the main thread, instead of on it when the app first needs the module.
 *
 * Rolldown wraps each CommonJS module in a function it runs on the module's first `require`, written
 * as an arrow function: `__commonJSMin(((exports, module) => { … }))`. V8 compiles that function
 * only when it is first called, on the main thread. Written as a function expression in parentheses,
 * `__commonJSMin((function(exports, module) { … }))`, it is what V8 calls a PIFE, which it compiles
 * eagerly, while the chunk streams in. The body is unchanged: these packages use neither `this` nor
 * `arguments` at their top level.
 *
 * What it saves depends on DevTools. With DevTools' Runtime domain on, as in Lighthouse and in
 * Playwright, the app's first module (which starts ReactDOM, 200 KB of code) took 128–132 ms to run
 * at 4× CPU slowdown with arrow wrappers and 52–54 ms with these; without DevTools, as in a
 * visitor's browser, 13–15 ms either way (tests/bench/devtools-browser.mjs says why). So it is kept
 * for what Lighthouse, and PageSpeed Insights with it, charge the page.
 */
export function compileCommonJsEagerly(): Plugin {
  return {
    name: 'compile-commonjs-eagerly',
    renderChunk(code) {
      const eager = code.replace(arrowWrapper, '__commonJSMin((function($1) {');
      return eager === code ? null : { code: eager, map: null };
    },
  };
}
