import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readContentLanguages, resumeFileName } from './content-languages.ts';
import { normalizeResume } from './normalize-resume.ts';
import { resumeSchema } from './schema.ts';
import { withoutPhone } from './without-phone.ts';

const defaultContentDir = fileURLToPath(new URL('./', import.meta.url));
const prefix = 'virtual:resume/';

/**
 * Serves `virtual:resume/<language>`: the résumé of src/content/resume.<language>.json as the
 * schema parses it and normalize-resume.ts completes it, so the app imports a `Resume` (resume-module.d.ts) instead of casting raw JSON.
 * (validate-resume-plugin.ts reports every problem first, in the owner's words.) The browser build
 * leaves out the phone number; the server build (the prerenderer) keeps it, so the résumé pages'
 * HTML and their PDFs have it and no script does.
 */
export function resumeModulePlugin({ contentDir = defaultContentDir } = {}): Plugin {
  let building = false;
  return {
    name: 'resume-module',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      if (id.startsWith(prefix)) return `\0${id}`;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return;
      const language = id.slice(prefix.length + 1);
      const parse = (tag: string) => {
        const file = join(contentDir, resumeFileName(tag));
        this.addWatchFile(file);
        return resumeSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      };
      // A translation shares the original's ids (normalize-resume.ts).
      const { original } = readContentLanguages(contentDir);
      const resume = normalizeResume(
        parse(language),
        language === original ? undefined : parse(original),
      );
      const forClient = building && this.environment.config.consumer === 'client';
      return `export default ${JSON.stringify(forClient ? withoutPhone(resume) : resume)};`;
    },
  };
}
