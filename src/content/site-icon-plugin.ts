import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readContentLanguages, resumeFileName } from './content-languages.ts';
import { resumeSchema } from './schema.ts';
import { iconFileName, siteIconSvg } from './site-icon.ts';

const defaultContentDir = fileURLToPath(new URL('./', import.meta.url));

/**
 * Draws the site's icon from the résumés' names (site-icon.ts): written into the client build, and
 * served by the development server at the same URL, so a site built from another résumé shows its
 * own person's letters.
 */
export function siteIconPlugin({ contentDir = defaultContentDir } = {}): Plugin {
  const icon = () => {
    const { languages } = readContentLanguages(contentDir);
    const names = languages.map((language) => {
      const file = join(contentDir, resumeFileName(language));
      return resumeSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).basics?.name ?? '';
    });
    return siteIconSvg(names);
  };

  return {
    name: 'site-icon',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${server.config.base}${iconFileName}`) return next();
        response.setHeader('Content-Type', 'image/svg+xml');
        response.end(icon());
      });
    },
    generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      this.emitFile({ type: 'asset', fileName: iconFileName, source: icon() });
    },
  };
}
