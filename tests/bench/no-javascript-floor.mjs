// The no-JavaScript floor of a build, for `npm run bench -- --floor`: the same pages with nothing to
// run, so what is left is the cost of the HTML, its inlined styles, the fonts and the images. Measured
// beside the build, it shows how much of a page's time its scripts cost.
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Copies the built site in `dist` to a new temporary folder, with every page's executable scripts
 * and script preloads removed (`withoutJavaScript`), and returns that folder; the caller removes it.
 * @param {string} dist
 */
export async function copyWithoutJavaScript(dist) {
  const floor = await mkdtemp(join(tmpdir(), 'bench-floor-'));
  await cp(dist, floor, { recursive: true });
  const entries = await readdir(floor, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    await writeFile(file, withoutJavaScript(await readFile(file, 'utf8')));
  }
  return floor;
}

/**
 * `html` without the `<script>` elements a browser would run (the inline theme script and the entry
 * module alike) and without `<link rel="modulepreload">` and script preloads. Data blocks, such as
 * the router's hydration data or JSON-LD, stay: they run nothing. Reads the HTML React writes, where
 * a `>` inside an attribute value is always escaped.
 * @param {string} html
 */
export function withoutJavaScript(html) {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (element, attributes) =>
      runsAsScript(attributeValue(attributes, 'type')) ? '' : element,
    )
    .replace(/<link\b([^>]*)>/gi, (element, attributes) => {
      const rel = (attributeValue(attributes, 'rel') ?? '').toLowerCase().split(/\s+/);
      const as = attributeValue(attributes, 'as')?.toLowerCase();
      const loadsScript =
        rel.includes('modulepreload') || (rel.includes('preload') && as === 'script');
      return loadsScript ? '' : element;
    });
}

/**
 * Whether a `<script>` with this `type` attribute runs, as the HTML standard decides: no type, an
 * empty one, `module` or a JavaScript MIME type (`text/javascript` and its old aliases).
 * @param {string | undefined} type
 */
function runsAsScript(type) {
  const essence = type?.trim().toLowerCase();
  return (
    !essence ||
    essence === 'module' ||
    /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(essence) ||
    /^text\/(?:javascript1\.[0-5]|jscript|livescript)$/.test(essence)
  );
}

/**
 * The value of the attribute `name` in a start tag's attribute text, or undefined if it is absent.
 * @param {string} attributes
 * @param {string} name
 */
function attributeValue(attributes, name) {
  const match = new RegExp(
    `(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`,
    'i',
  ).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
